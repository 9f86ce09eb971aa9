package fr.budgetcitoyen.account;

import java.time.LocalDate;
import java.time.Period;

/**
 * Under 15, a minor's consent to the processing of their data needs a parent's (loi Informatique et
 * Libertés, art. 45, as the French RGPD age is 15). The vote itself is open from 11.
 */
public final class ParentalConsent {

    public static final int DIGITAL_MAJORITY = 15;
    /** One may register at 10 to be 11 by the vote in September. */
    public static final int MINIMUM_REGISTRATION_AGE = 10;

    private ParentalConsent() {
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public static boolean isRequired(LocalDate birthDate, LocalDate today) {
        return ageOn(birthDate, today) < DIGITAL_MAJORITY;
    }

    /** Too young to have an account at all, or a birth date that cannot be true. */
    public static boolean isImplausible(LocalDate birthDate, LocalDate today) {
        int age = ageOn(birthDate, today);
        return age < MINIMUM_REGISTRATION_AGE || age > 120;
    }
}
