package fr.budgetcitoyen.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The strength rule for passwords (ANSSI-inspired): at least 12 characters mixing letters and digits or
 * symbols, not the e-mail address, not a well-known password. Returns bundle keys, one per problem.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> WELL_KNOWN = Set.of("motdepasse", "password", "azertyuiop", "qwertyuiop",
            "123456789012", "budgetcitoyen", "pasdecalais", "soleil", "bonjour");

    private PasswordPolicy() {
    }

    public static List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            problems.add("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        boolean wellKnown = WELL_KNOWN.stream().anyMatch(lower::contains)
                || (localPart.length() >= 4 && lower.contains(localPart));
        if (wellKnown) {
            problems.add("password.guessable");
        }
        return problems;
    }

    public static boolean isAcceptable(String password, String email) {
        return problems(password, email).isEmpty();
    }
}
