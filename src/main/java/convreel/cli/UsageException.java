package convreel.cli;

/**
 * A command line that asks for something impossible, found once the command runs: an output folder
 * that is a file, a moment outside the video. The message alone is printed, and the exit code is 2,
 * as for a bad scene: the user must change what they asked for.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
