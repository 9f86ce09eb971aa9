package fr.budgetcitoyen.mail;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.TokenLinks;
import fr.budgetcitoyen.account.TokenPurpose;
import fr.budgetcitoyen.testing.TestContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is mailed, in which language, and that a link's token is kept (hashed) before its mail leaves. */
class NotifierTest {

    private TestContainer container;
    private Notifier notifier;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        notifier = container.bean(Notifier.class);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void aNoticeIsWrittenInTheLanguageTheAccountReads() {
        Account reader = account("reader@example.org");
        container.inTransaction(() -> container.bean(AccountRepository.class).find(reader.id()).orElseThrow()
                .preferLanguage(Locale.ENGLISH));
        container.inTransaction(() -> notifier.noticeIfActive(reader.id(), "projectDecision", "My project", "Labelled", "/my-file?id=1"));

        Mail mail = onlyMail();
        assertEquals("reader@example.org", mail.to());
        assertEquals(container.bean(MailComposer.class).noticeMail("projectDecision", Locale.ENGLISH, "reader@example.org", "Reader",
                "My project", "Labelled", "/my-file?id=1"), mail);
    }

    @Test
    void aDeactivatedMissingOrUnknownAccountIsNotMailed() {
        Account gone = account("gone@example.org");
        container.inTransaction(() -> container.bean(AccountRepository.class).find(gone.id()).orElseThrow().deactivate());
        container.inTransaction(() -> {
            notifier.noticeIfActive(gone.id(), "projectDecision", "t", "d", "/p");
            notifier.noticeIfActive(null, "projectDecision", "t", "d", "/p");
            notifier.noticeIfActive(gone.id() + 1000, "projectDecision", "t", "d", "/p");
        });
        assertEquals(List.of(), container.fired());
    }

    @Test
    void aLinkIsMailedToTheGivenAddressAndItsTokenKept() {
        Account minor = account("minor@example.org");
        container.inTransaction(() -> container.bean(TokenLinks.class).mail(container.bean(AccountRepository.class)
                .find(minor.id()).orElseThrow(), TokenPurpose.PARENTAL_CONSENT, "consent", "parent@example.org", "/consent", Locale.FRENCH));

        Mail mail = onlyMail();
        assertEquals("parent@example.org", mail.to());
        String token = mail.body().replaceAll("(?s).*/consent\\?token=([^\\s]+).*", "$1");
        assertTrue(container.inTransaction(() -> container.bean(AccountRepository.class).findToken(token)).isPresent(), mail.body());
    }

    private Mail onlyMail() {
        assertEquals(1, container.fired().size(), container.fired().toString());
        return (Mail) container.fired().get(0);
    }

    private Account account(String email) {
        LocalDate today = LocalDate.now(container.clock());
        Account account = Account.register(email, "Reader", LocalDate.of(1990, 1, 1), "62041", null, "hash",
                container.clock().instant(), today);
        account.confirmEmail(today); // only active accounts are mailed
        return container.persist(account);
    }
}
