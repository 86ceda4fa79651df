package io.welt.complaints.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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

    /**
     * A file the command line named cannot be read: the message names the option and the file, and
     * says why in a few words (a directory, no such file, permission denied) or as the system says it.
     */
    static UsageException cannotRead(String option, Path path, IOException cause) {
        String why = Files.isDirectory(path) ? "it is a directory"
                : cause instanceof NoSuchFileException ? "no such file"
                : cause instanceof AccessDeniedException ? "permission denied"
                : Text.safe(cause.getMessage());
        return input("cannot read " + option + " " + Text.safe(path.toString()) + ": " + why);
    }

    /** Whether the message should be followed by a pointer to {@code --help}. */
    boolean pointsToHelp() {
        return pointToHelp;
    }
}
