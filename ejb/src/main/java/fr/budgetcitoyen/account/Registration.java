package fr.budgetcitoyen.account;

import java.time.LocalDate;

/** What a resident types in the registration form. */
public record Registration(String email, String displayName, LocalDate birthDate, String communeInseeCode,
                           String parentEmail, String password) {

    @Override
    public String toString() {
        return "Registration[" + email + "]";
    }
}
