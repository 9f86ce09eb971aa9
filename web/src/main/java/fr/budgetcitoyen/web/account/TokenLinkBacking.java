package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.account.AccountStatus;
import fr.budgetcitoyen.account.InvalidTokenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The pages an e-mailed link opens (/confirm, /consent, /confirm-email-change): the link is spent
 * when the page loads, and the page says what happened in plain words.
 */
@Named
@RequestScoped
public class TokenLinkBacking {

    @Inject private AccountService accounts;
    @Inject @Param(name = "token") private String token;

    /** A bundle key describing the outcome. */
    private String outcome;

    public void confirmEmail() {
        run(() -> outcome = accounts.confirmEmail(token, Faces.getLocale()) == AccountStatus.AWAITING_PARENTAL_CONSENT
                ? "confirm.awaitingParent" : "confirm.done");
    }

    public void consent() {
        run(() -> {
            accounts.recordParentalConsent(token);
            outcome = "consent.done";
        });
    }

    public void confirmEmailChange() {
        run(() -> {
            accounts.confirmEmailChange(token);
            outcome = "emailChange.done";
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidTokenException | AccountRefusedException | IllegalStateException e) {
            outcome = "link.invalid";
        }
    }

    public String getOutcome() { return outcome; }

    public boolean isSuccess() {
        return outcome != null && !outcome.equals("link.invalid");
    }
}
