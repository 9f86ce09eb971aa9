package fr.budgetcitoyen.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as the platform stores it: trimmed, lower case, plausibly shaped. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    public static boolean isValid(String text) {
        return text != null && text.strip().length() <= MAX_LENGTH && SHAPE.matcher(text.strip()).matches();
    }

    /** The canonical form of a valid address. */
    public static String normalize(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("Not an e-mail address: " + text);
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
