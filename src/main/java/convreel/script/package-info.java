/**
 * Scene files in, validated {@link convreel.model.Scene}s out: the one door a stranger's file comes
 * through. {@link convreel.script.SceneLoader} reads the bytes (size, UTF-8, nesting limits) and
 * composes the YAML tree, whose every node keeps its line and column; then, in order:
 * <ol>
 *   <li>{@link convreel.script.SceneVariants} turns {@code variants:} into one mapping per scene;</li>
 *   <li>{@link convreel.script.SceneReader} reads each mapping key by key, by the tables of
 *       {@link convreel.script.SceneKeys} (its sounds through {@link convreel.script.SoundReader}),
 *       into typed values with {@link convreel.script.NodeReader};</li>
 *   <li>{@link convreel.script.SceneChecks} checks what needs the whole scene, then the caller's
 *       {@link convreel.model.SceneCheck} (the layout of every beat in every format).</li>
 * </ol>
 * Every problem is a {@link convreel.script.SceneException} that reads like a compiler's message.
 * {@link convreel.script.SceneSchema} makes the JSON Schema editors use from the same key tables.
 */
package convreel.script;
