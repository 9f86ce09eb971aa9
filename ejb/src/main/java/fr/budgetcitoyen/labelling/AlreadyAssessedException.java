package fr.budgetcitoyen.labelling;

import jakarta.ejb.ApplicationException;

/** A member assesses a file once: a second score, or a score after declaring a conflict, is refused. */
@ApplicationException(rollback = true)
public class AlreadyAssessedException extends RuntimeException {

    public AlreadyAssessedException() {
        super("Already assessed by this member");
    }
}
