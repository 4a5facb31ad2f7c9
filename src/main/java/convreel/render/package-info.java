/**
 * What a render is, below the commands: a scene file loaded and checked ({@link convreel.render.LoadedScene}),
 * voiced ({@link convreel.render.Voicing}), and rendered to its video, subtitles and frames
 * ({@link convreel.render.SceneVideo}) with the chosen {@link convreel.render.RenderSettings}. Whether
 * a scene may run the programs it names ({@link convreel.render.ScenePrograms}) and which convreel made
 * an output ({@link convreel.render.ProgramIdentity}) are decided here too. {@link convreel.render.InputWatcher}
 * runs a round of work again whenever a file the scene is made from is saved ({@code watch} renders,
 * the studio reloads); {@link convreel.render.Inspection} is what a scene computes and when, as JSON
 * ({@code inspect --json} and the studio's page).
 *
 * <p>{@code cli}, {@code studio} and {@code batch} call it; it calls the stages ({@code script}, {@code conv},
 * {@code timeline}, {@code paint}, {@code audio}, {@code export}) and knows nothing of options, progress
 * bars or exit codes: {@code cli → batch → render → export → paint → timeline → conv → model ← script}.
 */
package convreel.render;
