package fr.budgetcitoyen.labelling;

/** The caller holds no seat on the committee of the file's edition: they cannot assess it. */
public class NotSeatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotSeatedException() {
        super("assessment.notSeated");
    }
}
