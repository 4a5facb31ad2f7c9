/**
 * Writing an output so that a reader sees the old one or the whole new one, never half: a
 * {@link convreel.io.StagedOutput} or {@link convreel.io.StagedOutput} is written under a hidden name
 * beside its target ({@code StagingNames}, which say which process owns it) and renamed into place.
 * Staging paths are deleted when the process is told to stop ({@link convreel.io.StagingRegistry}) and,
 * if it was killed, by a later render ({@link convreel.io.StaleStaging}). Every writer of the program
 * uses it: videos, segments, subtitles, frames, voice clips, stamps. {@link convreel.io.FileTrees} deletes
 * a tree; {@link convreel.io.Sha256} hashes.
 */
package convreel.io;
