package fr.budgetcitoyen.allocation;

/** A rule cannot be applied to an instance (for example a META entry it needs is missing). */
public class AllocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AllocationException(String message) {
        super(message);
    }
}
