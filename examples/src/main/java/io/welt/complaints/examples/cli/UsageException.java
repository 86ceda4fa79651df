package io.welt.complaints.examples.cli;

/**
 * The command cannot run as asked: a bad option, a missing or unreadable file, a missing required
 * column, a file that is not CSV. The tool prints the message and exits with status 2; the message
 * names the option or the file, line and column, and says why.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean pointToHelp;

    private UsageException(String message, boolean pointToHelp) {
        super(message);
        this.pointToHelp = pointToHelp;
    }

    /** A mistake on the command line itself; the tool then points to {@code --help}. */
    static UsageException commandLine(String message) {
        return new UsageException(message, true);
    }

    /** A problem with an input file the command line named. */
    static UsageException input(String message) {
        return new UsageException(message, false);
    }

    /** Whether the message should be followed by a pointer to {@code --help}. */
    boolean pointsToHelp() {
        return pointToHelp;
    }
}
