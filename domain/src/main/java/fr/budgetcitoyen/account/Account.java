package fr.budgetcitoyen.account;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account: a resident first, with more roles granted by agents. The password is only ever
 * held as a PBKDF2 hash computed by the platform.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a left join fetch a.roles where a.email = :email")
@NamedQuery(name = "Account.countWithRole", query = "select count(a) from Account a join a.roles r where r = :role")
@NamedQuery(name = "Account.withRole", query = "select a from Account a join a.roles r where r = :role order by a.email")
public class Account extends IdentifiedEntity implements Serializable {

    /** Agents' paged lists keep a page of them in the (replicated) view state. */
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** Given by an identity provider's certified identity (FranceConnect's identité pivot): not editable here. */
    @Column(name = "birth_date_certified", nullable = false)
    private boolean birthDateCertified;

    @Column(name = "commune_insee_code", length = 5)
    private String communeInseeCode;

    /** The resident said they live outside the Pas-de-Calais (moved away): the account stays, without a vote. */
    @Column(name = "lives_outside", nullable = false)
    private boolean livesOutside;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "parent_email", length = EmailAddress.MAX_LENGTH)
    private String parentEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AccountStatus status = AccountStatus.AWAITING_EMAIL_CONFIRMATION;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40)
    private Set<Role> roles = EnumSet.of(Role.RESIDENT);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set by agents on a suspicious account (duplicate, false residence): it may not vote meanwhile. */
    @Column(nullable = false)
    private boolean flagged;

    /** "fr" or "en": what the person reads the portal in, so what the mails sent to them are written in. */
    @Column(nullable = false, length = 2)
    private String language = "fr";

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    private Account(String email, String displayName, LocalDate birthDate, String communeInseeCode,
                    String parentEmail, Instant now) {
        this.email = EmailAddress.normalize(email);
        this.displayName = requireName(displayName);
        this.birthDate = birthDate;
        this.communeInseeCode = communeInseeCode;
        this.parentEmail = parentEmail == null || parentEmail.isBlank() ? null : EmailAddress.normalize(parentEmail);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** A resident's self-registration; a minor under 15 must name a parent, who will have to consent. */
    public static Account register(String email, String displayName, LocalDate birthDate, String communeInseeCode,
                                   String parentEmail, String passwordHash, Instant now, LocalDate today) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(communeInseeCode, "communeInseeCode");
        if (ParentalConsent.isRequired(birthDate, today) && (parentEmail == null || parentEmail.isBlank())) {
            throw new IllegalArgumentException("A minor under 15 registers with a parent's e-mail address");
        }
        Account account = new Account(email, displayName, birthDate, communeInseeCode, parentEmail, now);
        if (account.parentEmail != null && account.parentEmail.equals(account.email)) {
            throw new IllegalArgumentException("The parent's address must differ from the minor's");
        }
        account.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        return account;
    }

    /**
     * An account opened by signing in with an identity provider (OpenID Connect) that vouches for the
     * address: active at once, without a password of its own; the birth date is the provider's certified one
     * when it gives it, the commune (and a parent, for a minor under 15) is asked on the first visit.
     */
    public static Account fromIdentityProvider(String email, String displayName, LocalDate certifiedBirthDate, Instant now) {
        Account account = new Account(email, displayName, null, null, null, now);
        account.status = AccountStatus.ACTIVE;
        if (certifiedBirthDate != null) {
            account.certifyBirthDate(certifiedBirthDate);
        }
        return account;
    }

    /** The provider's certified birth date replaces whatever was declared. */
    public void certifyBirthDate(LocalDate certified) {
        this.birthDate = Objects.requireNonNull(certified, "certified");
        this.birthDateCertified = true;
    }

    /** What is still to be said before acting: where the resident lives (and their birth date, uncertified). */
    public boolean isProfileComplete() {
        return birthDate != null && (communeInseeCode != null || livesOutside);
    }

    /**
     * The first visit of an account opened by a provider: the commune (null: outside the Pas-de-Calais); a minor
     * under 15 names a parent and waits for their consent, as with the registration form.
     */
    public void completeProfile(String communeInseeCode, String parentEmail, LocalDate today) {
        requireNotAnonymised();
        if (birthDate == null) {
            throw new IllegalStateException("A birth date is needed first");
        }
        boolean consent = ParentalConsent.isRequired(birthDate, today);
        if (consent && (parentEmail == null || parentEmail.isBlank())) {
            throw new IllegalArgumentException("A minor under 15 names a parent's e-mail address");
        }
        moveTo(communeInseeCode);
        if (consent) {
            String parent = EmailAddress.normalize(parentEmail);
            if (parent.equals(email)) {
                throw new IllegalArgumentException("The parent's address must differ from the minor's");
            }
            this.parentEmail = parent;
            if (status == AccountStatus.ACTIVE) {
                status = AccountStatus.AWAITING_PARENTAL_CONSENT;
            }
        }
    }

    /** The resident moved: a commune of the Pas-de-Calais, or null for outside it. */
    public void moveTo(String communeInseeCode) {
        this.communeInseeCode = communeInseeCode;
        this.livesOutside = communeInseeCode == null;
    }

    /** An account opened by the platform itself (first administrator): no password until one is set. */
    public static Account invite(String email, String displayName, Role role, Instant now) {
        Account account = new Account(email, displayName, null, null, null, now);
        account.roles.add(role);
        return account;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException("A name of 1 to 120 characters is required");
        }
        return name.strip();
    }

    /** The address is confirmed: active, unless a parent still has to consent. */
    public void confirmEmail(LocalDate today) {
        requireStatus(AccountStatus.AWAITING_EMAIL_CONFIRMATION);
        status = needsParentalConsent(today) ? AccountStatus.AWAITING_PARENTAL_CONSENT : AccountStatus.ACTIVE;
    }

    public void recordParentalConsent() {
        requireStatus(AccountStatus.AWAITING_PARENTAL_CONSENT);
        status = AccountStatus.ACTIVE;
    }

    public boolean needsParentalConsent(LocalDate today) {
        return birthDate != null && ParentalConsent.isRequired(birthDate, today);
    }

    /** A new password; setting it through an e-mailed link also proves the address. */
    public void setPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        if (status == AccountStatus.AWAITING_EMAIL_CONFIRMATION && birthDate == null) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void changeEmail(String newEmail) {
        this.email = EmailAddress.normalize(newEmail);
    }

    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role, "role"));
    }

    public void revoke(Role role) {
        if (role == Role.RESIDENT) {
            throw new IllegalArgumentException("Every account is a resident");
        }
        roles.remove(role);
    }

    public void deactivate() {
        requireNotAnonymised();
        status = AccountStatus.DEACTIVATED;
    }

    public void reactivate() {
        requireStatus(AccountStatus.DEACTIVATED);
        status = AccountStatus.ACTIVE;
    }

    /**
     * Erases the personal data at the user's request. The row stays (with its id) because votes'
     * participations and the audit log refer to it and must be kept; nothing identifies the person.
     */
    public void anonymise() {
        requireNotAnonymised();
        email = "anonyme-" + id() + "@anonyme.invalid";
        displayName = "Compte supprimé";
        birthDate = null;
        birthDateCertified = false;
        communeInseeCode = null;
        parentEmail = null;
        passwordHash = null;
        roles.clear();
        roles.add(Role.RESIDENT);
        status = AccountStatus.ANONYMISED;
    }

    /** With a password; accounts from an identity provider sign in there. */
    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    /** Accounts opened through an identity provider have none until they choose one. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** French unless the person chose English: the portal's two languages. */
    public void preferLanguage(Locale locale) {
        language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
    }

    public Locale language() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public void flag() {
        flagged = true;
    }

    public void clearFlag() {
        flagged = false;
    }

    public boolean isFlagged() { return flagged; }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    private void requireStatus(AccountStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Account is " + status + ", not " + expected);
        }
    }

    private void requireNotAnonymised() {
        if (status == AccountStatus.ANONYMISED) {
            throw new IllegalStateException("This account was deleted");
        }
    }

    public String email() { return email; }

    public String displayName() { return displayName; }

    public LocalDate birthDate() { return birthDate; }

    public String communeInseeCode() { return communeInseeCode; }

    public boolean livesOutside() { return livesOutside; }

    public boolean birthDateCertified() { return birthDateCertified; }

    public String parentEmail() { return parentEmail; }

    public String passwordHash() { return passwordHash; }

    public AccountStatus status() { return status; }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Instant createdAt() { return createdAt; }

    @Override
    public String toString() {
        return "Account " + id();
    }
}
