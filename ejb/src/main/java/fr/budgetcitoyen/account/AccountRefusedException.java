package fr.budgetcitoyen.account;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** What the user asked for cannot be done; each problem names its form field and a message key. */
@ApplicationException(rollback = true)
public class AccountRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public AccountRefusedException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public AccountRefusedException(String field, String key) {
        this(List.of(new Problem(field, key)));
    }

    public List<Problem> problems() { return problems; }

    /** One problem: the field it concerns (or null for the whole form) and its message key. */
    public record Problem(String field, String key) {
    }
}
