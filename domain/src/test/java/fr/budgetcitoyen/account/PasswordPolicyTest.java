package fr.budgetcitoyen.account;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPassword() {
        assertTrue(PasswordPolicy.isAcceptable("Terrils-et-beffrois-62", "camille@example.fr"));
    }

    @Test
    void explainsEachProblem() {
        assertEquals(List.of("password.tooShort"), PasswordPolicy.problems("court1", "a@b.fr"));
        assertEquals(List.of("password.tooSimple"), PasswordPolicy.problems("seulementdeslettres", "a@b.fr"));
        assertEquals(List.of("password.guessable"), PasswordPolicy.problems("Motdepasse-2026", "a@b.fr"));
        assertEquals(List.of("password.guessable"), PasswordPolicy.problems("camille-2026!", "camille@example.fr"));
        assertEquals(List.of("password.tooShort"), PasswordPolicy.problems(null, "a@b.fr"));
    }

    @Test
    void validatesEmailAddresses() {
        assertTrue(EmailAddress.isValid("prenom.nom@pasdecalais.fr"));
        assertEquals(false, EmailAddress.isValid("prenom.nom@localhost"));
        assertEquals(false, EmailAddress.isValid("<script>@x.fr"));
    }
}
