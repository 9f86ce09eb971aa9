package fr.budgetcitoyen.allocation.pabulib;

/** A pabulib file that cannot be read; the message starts with the (1-based) line number. */
public class PabulibFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public PabulibFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() { return line; }
}
