package fr.budgetcitoyen.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Account adult() {
        return Account.register(" Camille@Example.FR ", "Camille", LocalDate.of(1990, 5, 1), "62041", null,
                "hash", NOW, TODAY);
    }

    @Test
    void anAccountReadsFrenchUnlessEnglishIsChosen() {
        Account account = adult();
        assertEquals(Locale.FRENCH, account.language());
        account.preferLanguage(Locale.UK);
        assertEquals(Locale.ENGLISH, account.language());
        account.preferLanguage(Locale.GERMAN); // not offered by the portal: French again
        assertEquals(Locale.FRENCH, account.language());
    }

    @Test
    void anAdultIsActiveOnceTheAddressIsConfirmed() {
        Account account = adult();
        assertEquals("camille@example.fr", account.email());
        assertFalse(account.canSignIn());
        account.confirmEmail(TODAY);
        assertEquals(AccountStatus.ACTIVE, account.status());
        assertTrue(account.canSignIn());
        assertTrue(account.hasRole(Role.RESIDENT));
    }

    @Test
    void aMinorUnder15NeedsAParentsConsentAfterConfirmingTheAddress() {
        LocalDate thirteen = TODAY.minusYears(13);
        assertThrows(IllegalArgumentException.class,
                () -> Account.register("teen@example.fr", "Teen", thirteen, "62041", null, "h", NOW, TODAY));
        Account teen = Account.register("teen@example.fr", "Teen", thirteen, "62041", "parent@example.fr", "h",
                NOW, TODAY);
        teen.confirmEmail(TODAY);
        assertEquals(AccountStatus.AWAITING_PARENTAL_CONSENT, teen.status());
        assertFalse(teen.canSignIn());
        teen.recordParentalConsent();
        assertTrue(teen.canSignIn());
    }

    @Test
    void theParentCannotBeTheMinorThemself() {
        assertThrows(IllegalArgumentException.class, () -> Account.register("teen@example.fr", "Teen",
                TODAY.minusYears(12), "62041", "TEEN@example.fr", "h", NOW, TODAY));
    }

    @Test
    void fifteenIsTheDigitalMajority() {
        assertTrue(ParentalConsent.isRequired(TODAY.minusYears(15).plusDays(1), TODAY));
        assertFalse(ParentalConsent.isRequired(TODAY.minusYears(15), TODAY));
        assertTrue(ParentalConsent.isImplausible(TODAY.minusYears(9), TODAY));
        assertTrue(ParentalConsent.isImplausible(TODAY.plusDays(1), TODAY));
    }

    @Test
    void anonymisingErasesThePersonButKeepsTheRow() {
        Account account = adult();
        account.confirmEmail(TODAY);
        account.grant(Role.CARRIER);
        account.anonymise();
        assertEquals(AccountStatus.ANONYMISED, account.status());
        assertFalse(account.email().contains("camille"));
        assertEquals(null, account.birthDate());
        assertFalse(account.hasRole(Role.CARRIER));
        assertFalse(account.canSignIn());
        assertThrows(IllegalStateException.class, account::deactivate);
    }

    @Test
    void residentIsNeverRevoked() {
        Account account = adult();
        assertThrows(IllegalArgumentException.class, () -> account.revoke(Role.RESIDENT));
    }

    @Test
    void tokensAreSingleUseExpiringAndStoredHashed() {
        Account account = adult();
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.PASSWORD_RESET, NOW);
        assertTrue(issued.value().length() >= 43, "256 bits, base64url");
        assertFalse(issued.token().isUsableFor(TokenPurpose.EMAIL_CONFIRMATION, NOW));
        assertFalse(issued.token().isUsableFor(TokenPurpose.PASSWORD_RESET, NOW.plusSeconds(3601)));
        issued.token().use(TokenPurpose.PASSWORD_RESET, NOW);
        assertThrows(InvalidTokenException.class, () -> issued.token().use(TokenPurpose.PASSWORD_RESET, NOW));
        assertEquals(64, AccountToken.hash(issued.value()).length());
    }
}
