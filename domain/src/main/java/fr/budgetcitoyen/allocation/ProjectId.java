package fr.budgetcitoyen.allocation;

import java.util.Objects;

/**
 * Identifier of a project as written in the pabulib file.
 *
 * <p>Its natural order is the tie-breaking order of every rule: plain string order (so "10" comes
 * before "9"), compared by Unicode code point as the reference implementation does.
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

    public ProjectId {
        Objects.requireNonNull(value, "project id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a project id cannot be blank");
        }
    }

    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public int compareTo(ProjectId other) {
        return compareCodePoints(value, other.value);
    }

    private static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }

    /** The id as written, as messages and the pabulib writer show it. */
    @Override
    public String toString() { return value; }
}
