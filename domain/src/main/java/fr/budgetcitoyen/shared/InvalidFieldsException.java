package fr.budgetcitoyen.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input a rule refuses, field by field: each problem names its form field and a message key, so the
 * page shows every message next to its field at once.
 */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidFieldsException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }

    public record Problem(String field, String key) {
    }

    /** Collects problems, then throws them all together. */
    public static final class Check {

        private final List<Problem> problems = new ArrayList<>();

        public Check require(boolean condition, String field, String key) {
            if (!condition) {
                problems.add(new Problem(field, key));
            }
            return this;
        }

        /** Text that is present, and no longer than {@code max} once trimmed. */
        public Check text(String value, int max, String field, String keyPrefix) {
            if (value == null || value.isBlank()) {
                problems.add(new Problem(field, keyPrefix + ".required"));
            } else if (value.strip().length() > max) {
                problems.add(new Problem(field, keyPrefix + ".tooLong"));
            }
            return this;
        }

        /** Runs another rule and keeps its problems with these, so every field is reported at once. */
        public Check also(Runnable rule) {
            try {
                rule.run();
            } catch (InvalidFieldsException invalid) {
                problems.addAll(invalid.problems());
            }
            return this;
        }

        public void orThrow() {
            if (!problems.isEmpty()) {
                throw new InvalidFieldsException(problems);
            }
        }
    }
}
