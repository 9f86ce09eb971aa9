package fr.budgetcitoyen.vote;

/**
 * What a voter keeps of an encrypted ballot: its tracker (Belenios' smart ballot tracker, the hash of the
 * ballot as cast), which finds it on the public board without saying what it contains. {@code replayed}: the
 * answer to a vote sent again with the same {@link IdempotencyKey}, nothing new written.
 */
public record Tracker(String categoryCode, String categoryName, String code, boolean replayed) {

    @Override
    public String toString() {
        return "Tracker(" + categoryCode + ", " + code + ")";
    }
}
