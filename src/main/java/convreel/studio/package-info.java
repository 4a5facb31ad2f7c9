/**
 * The studio: {@code convreel studio SCENE} serves a page on this machine where a scene is directed by
 * looking at it. {@link convreel.studio.Studio} keeps the scene loaded (reloading it when a file it
 * uses is saved, keeping the last good version when a save breaks it) and paints any frame on demand
 * with the render's own painter; {@link convreel.studio.StudioServer} answers the page over HTTP on
 * the loopback interface, refusing other origins and any path it does not know; {@link convreel.studio.FinalRender}
 * runs the one render the page asks for; {@link convreel.studio.EventStream} tells the page what changed.
 *
 * <p>Nothing a request names is read from disk: a frame is painted from its time, the page comes from
 * the jar, and the only file served is the video the last render wrote.
 */
package convreel.studio;
