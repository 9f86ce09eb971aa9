package fr.budgetcitoyen.urn.tool;

/** A failure the tool reports in French and exits on: 1 for a failure, 2 for a misused command line. */
final class ToolException extends RuntimeException {

    static final int FAILURE = 1;
    static final int USAGE = 2;

    private final int exitCode;

    ToolException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static ToolException failure(String message) {
        return new ToolException(FAILURE, message);
    }

    static ToolException usage(String message) {
        return new ToolException(USAGE, message);
    }

    int exitCode() { return exitCode; }
}
