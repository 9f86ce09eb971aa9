package fr.budgetcitoyen.project;

/**
 * The number that identifies the carrying structure: a SIREN (9 digits with a Luhn check digit, for
 * companies, SCIC, SCOP and employer associations) or an RNA number (W then 9 digits, for associations).
 */
public final class RegistrationNumber {

    private RegistrationNumber() {
    }

    /** Spaces and dots as people type them are ignored: "123 456 789", "w623004512". */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String typed) {
        String number = normalize(typed);
        return number.matches("W\\d{9}") || number.matches("\\d{9}") && luhn(number);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
