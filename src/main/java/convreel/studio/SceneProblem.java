package convreel.studio;

import convreel.script.SceneException;

/**
 * Why the scene on disk cannot be shown: the compiler-style message, and where in the file the problem
 * lies (line and column 0 when it is about the file as a whole or not about the file at all).
 */
record SceneProblem(String message, int line, int column) {

    static SceneProblem of(SceneException invalid) {
        return new SceneProblem(invalid.getMessage(), invalid.line(), invalid.column());
    }

    /** A failure that is not the scene file's fault (an unreadable voice clip, a full disk): no position. */
    static SceneProblem of(Exception failed) {
        String message = failed.getMessage();
        return new SceneProblem(message == null || message.isBlank() ? failed.getClass().getSimpleName() : message, 0, 0);
    }
}
