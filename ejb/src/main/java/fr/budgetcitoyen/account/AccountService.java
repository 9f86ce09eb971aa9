package fr.budgetcitoyen.account;

import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.territory.Commune;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A resident's own account: registration, confirmation, parental consent, password and e-mail changes. */
@Stateless
public class AccountService {

    @Inject private AccountRepository accounts;
    @Inject private Passwords passwords;
    @Inject private TokenLinks links;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @PersistenceContext private EntityManager em;

    public Account register(Registration form, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<AccountRefusedException.Problem> problems = new ArrayList<>(checkRegistration(form, today));
        if (!problems.isEmpty()) {
            throw new AccountRefusedException(problems);
        }
        String email = EmailAddress.normalize(form.email());
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountRefusedException("email", "account.emailTaken");
        }
        Account account = Account.register(email, form.displayName(), form.birthDate(), form.communeInseeCode(),
                form.parentEmail(), passwords.hash(form.password()), now(), today);
        account.preferLanguage(locale);
        accounts.store(account);
        links.mail(account, TokenPurpose.EMAIL_CONFIRMATION, "confirmation", account.email(), "/confirm", locale);
        audit.record(account.email(), "account.register", account.email(), null, account.status().name());
        return account;
    }

    private List<AccountRefusedException.Problem> checkRegistration(Registration form, LocalDate today) {
        List<AccountRefusedException.Problem> problems = new ArrayList<>();
        if (!EmailAddress.isValid(form.email())) {
            problems.add(new AccountRefusedException.Problem("email", "account.emailInvalid"));
        }
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().strip().length() > 120) {
            problems.add(new AccountRefusedException.Problem("displayName", "account.nameRequired"));
        }
        if (form.birthDate() == null || ParentalConsent.isImplausible(form.birthDate(), today)) {
            problems.add(new AccountRefusedException.Problem("birthDate", "account.birthDateInvalid"));
        } else if (ParentalConsent.isRequired(form.birthDate(), today)) {
            boolean parentValid = EmailAddress.isValid(form.parentEmail());
            if (!parentValid || form.parentEmail().strip().equalsIgnoreCase(String.valueOf(form.email()).strip())) {
                problems.add(new AccountRefusedException.Problem("parentEmail", "account.parentEmailRequired"));
            }
        }
        if (form.communeInseeCode() == null || em.find(Commune.class, form.communeInseeCode()) == null) {
            problems.add(new AccountRefusedException.Problem("commune", "account.communeRequired"));
        }
        PasswordPolicy.problems(form.password(), form.email())
                .forEach(key -> problems.add(new AccountRefusedException.Problem("password", key)));
        return problems;
    }

    /** Follows the e-mailed confirmation link; a minor's parent is then asked to consent. */
    public AccountStatus confirmEmail(String token, Locale locale) {
        AccountToken spent = spend(token, TokenPurpose.EMAIL_CONFIRMATION);
        Account account = spent.account();
        account.confirmEmail(LocalDate.now(clock));
        if (account.status() == AccountStatus.AWAITING_PARENTAL_CONSENT) {
            links.mail(account, TokenPurpose.PARENTAL_CONSENT, "consent", account.parentEmail(), "/consent", locale);
        }
        audit.record(account.email(), "account.confirmEmail", account.email(), null, account.status().name());
        return account.status();
    }

    public void recordParentalConsent(String token) {
        Account account = spend(token, TokenPurpose.PARENTAL_CONSENT).account();
        account.recordParentalConsent();
        audit.record(account.parentEmail(), "account.parentalConsent", account.email(),
                AccountStatus.AWAITING_PARENTAL_CONSENT.name(), account.status().name());
    }

    /** Mails a reset link if the address belongs to an account; says nothing either way. */
    public void requestPasswordReset(String email, Locale locale) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        accounts.findByEmail(EmailAddress.normalize(email))
                .filter(a -> a.status() == AccountStatus.ACTIVE || a.status() == AccountStatus.AWAITING_EMAIL_CONFIRMATION)
                .ifPresent(a -> links.mail(a, a.passwordHash() == null ? TokenPurpose.INVITATION : TokenPurpose.PASSWORD_RESET,
                        "reset", a.email(), "/reset-password", locale));
    }

    /**
     * Mails a link that signs the owner in once (15 minutes), for when password attempts on the account are
     * throttled: whoever tries to lock the owner out cannot. Says nothing either way.
     */
    public void requestSignInLink(String email, Locale locale) {
        if (EmailAddress.isValid(email)) {
            accounts.findByEmail(EmailAddress.normalize(email)).filter(Account::isActive)
                    .ifPresent(a -> links.mail(a, TokenPurpose.SIGN_IN, "signIn", a.email(), "/sign-in-link", locale));
        }
    }

    /** Whether a sign-in link can still be used, to show its button or an explanation. */
    public boolean isSignInLinkUsable(String token) {
        return accounts.findToken(token).filter(t -> t.isUsableFor(TokenPurpose.SIGN_IN, now())).isPresent();
    }

    /** Spends a sign-in link; returns the address of the active account it signs in. */
    public String signInWithLink(String token) {
        Account account = spend(token, TokenPurpose.SIGN_IN).account();
        if (!account.isActive()) {
            throw new InvalidTokenException();
        }
        audit.record(account.email(), "account.signInWithLink", account.email(), null, null);
        return account.email();
    }

    /** Whether a reset (or invitation) link can still be used, to show the form or an explanation. */
    public boolean isPasswordLinkUsable(String token) {
        Instant now = now();
        return accounts.findToken(token).filter(t -> t.isUsableFor(TokenPurpose.PASSWORD_RESET, now)
                || t.isUsableFor(TokenPurpose.INVITATION, now)).isPresent();
    }

    public void resetPassword(String token, String newPassword) {
        AccountToken found = accounts.findToken(token).orElseThrow(InvalidTokenException::new);
        TokenPurpose purpose = found.purpose() == TokenPurpose.INVITATION ? TokenPurpose.INVITATION : TokenPurpose.PASSWORD_RESET;
        requireStrong(newPassword, found.account().email());
        found.use(purpose, now());
        found.account().setPassword(passwords.hash(newPassword));
        audit.record(found.account().email(), "account.resetPassword", found.account().email(), null, null);
    }

    public void changePassword(String email, String currentPassword, String newPassword) {
        Account account = signedIn(email);
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new AccountRefusedException("currentPassword", "account.currentPasswordWrong");
        }
        requireStrong(newPassword, email);
        account.setPassword(passwords.hash(newPassword));
        audit.record(email, "account.changePassword", email, null, null);
    }

    /** The signed-in person switched the portal's language: the mails sent to them follow. */
    public void preferLanguage(String email, Locale locale) {
        find(email).ifPresent(account -> account.preferLanguage(locale));
    }

    /** Mails a confirmation link to the new address; the change happens when it is followed. */
    public void requestEmailChange(String email, String newEmail, Locale locale) {
        Account account = signedIn(email);
        if (!EmailAddress.isValid(newEmail)) {
            throw new AccountRefusedException("newEmail", "account.emailInvalid");
        }
        if (accounts.findByEmail(EmailAddress.normalize(newEmail)).isPresent()) {
            throw new AccountRefusedException("newEmail", "account.emailTaken");
        }
        links.mailEmailChange(account, newEmail, locale);
    }

    public String confirmEmailChange(String token) {
        AccountToken spent = spend(token, TokenPurpose.EMAIL_CHANGE);
        Account account = spent.account();
        if (accounts.findByEmail(spent.newEmail()).isPresent()) {
            throw new AccountRefusedException("newEmail", "account.emailTaken");
        }
        String before = account.email();
        account.changeEmail(spent.newEmail());
        audit.record(before, "account.changeEmail", account.email(), before, account.email());
        return account.email();
    }

    /**
     * The first visit of an account opened by a provider: where the resident lives (null: outside the
     * Pas-de-Calais) and their language; a minor under 15 names a parent, who is asked to consent.
     */
    public void completeProfile(String email, String communeInseeCode, boolean outside, String parentEmail, Locale locale) {
        Account account = find(email).filter(Account::isActive).orElseThrow(() -> new AccountRefusedException(null, "account.unknown"));
        LocalDate today = LocalDate.now(clock);
        List<AccountRefusedException.Problem> problems = new ArrayList<>();
        if (!outside && !isCommune(communeInseeCode)) {
            problems.add(new AccountRefusedException.Problem("commune", "account.communeRequired"));
        }
        if (account.needsParentalConsent(today) && (!EmailAddress.isValid(parentEmail)
                || EmailAddress.normalize(parentEmail).equals(account.email()))) {
            problems.add(new AccountRefusedException.Problem("parentEmail", "account.parentEmailRequired"));
        }
        if (!problems.isEmpty()) {
            throw new AccountRefusedException(problems);
        }
        account.preferLanguage(locale);
        account.completeProfile(outside ? null : communeInseeCode, parentEmail, today);
        if (account.status() == AccountStatus.AWAITING_PARENTAL_CONSENT) {
            links.mail(account, TokenPurpose.PARENTAL_CONSENT, "consent", account.parentEmail(), "/consent", locale);
        }
        audit.record(account.email(), "account.completeProfile", account.email(), null, account.status().name());
    }

    /** The resident moved: a commune of the Pas-de-Calais, or outside it (the account stays, without a vote). */
    public void moveTo(String email, String communeInseeCode, boolean outside) {
        Account account = find(email).filter(Account::isActive).orElseThrow(() -> new AccountRefusedException(null, "account.unknown"));
        if (!outside && !isCommune(communeInseeCode)) {
            throw new AccountRefusedException("commune", "account.communeRequired");
        }
        String before = account.livesOutside() ? "outside" : account.communeInseeCode();
        account.moveTo(outside ? null : communeInseeCode);
        audit.record(account.email(), "account.moveTo", account.email(), before, outside ? "outside" : communeInseeCode);
    }

    private boolean isCommune(String inseeCode) {
        return inseeCode != null && em.find(Commune.class, inseeCode) != null;
    }

    public Optional<Account> find(String email) {
        return EmailAddress.isValid(email) ? accounts.findByEmail(EmailAddress.normalize(email)) : Optional.empty();
    }

    private Account signedIn(String email) {
        return find(email).filter(Account::canSignIn).orElseThrow(() -> new AccountRefusedException(null, "account.unknown"));
    }

    private static void requireStrong(String password, String email) {
        List<String> problems = PasswordPolicy.problems(password, email);
        if (!problems.isEmpty()) {
            throw new AccountRefusedException(problems.stream()
                    .map(key -> new AccountRefusedException.Problem("password", key)).toList());
        }
    }

    private AccountToken spend(String token, TokenPurpose purpose) {
        AccountToken found = accounts.findToken(token).orElseThrow(InvalidTokenException::new);
        found.use(purpose, now());
        return found;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
