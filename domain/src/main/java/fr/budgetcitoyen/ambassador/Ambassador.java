package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.Optional;

/**
 * An initiative recognised as "Ambassadeur ESS du Pas-de-Calais" (340+ since 2018): its public profile,
 * managed by its own account; the recognition (year, deliberation) is the département's.
 */
@Entity
@Table(name = "ambassador")
public class Ambassador extends IdentifiedEntity {

    /** What the public sees; changed only through an approved {@link ProfileChange}. */
    @Embedded
    private AmbassadorProfile profile;

    @Column(name = "recognised_year", nullable = false)
    private int recognisedYear;

    @Column(length = 120)
    private String deliberation;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Column(name = "commune_insee_code", nullable = false, length = 5)
    private String communeInseeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 40)
    private LegalForm legalForm;

    @Column(name = "manager_account_id")
    private Long managerAccountId;

    @Embedded
    @AttributeOverride(name = "storageKey", column = @Column(name = "logo_key"))
    @AttributeOverride(name = "type", column = @Column(name = "logo_type"))
    private AmbassadorLogo logo;

    /** A logo uploaded by the ambassador, until an agent approves or rejects it. */
    @Embedded
    @AttributeOverride(name = "storageKey", column = @Column(name = "pending_logo_key"))
    @AttributeOverride(name = "type", column = @Column(name = "pending_logo_type"))
    private AmbassadorLogo pendingLogo;

    @Version
    private long version;

    protected Ambassador() {
        // for JPA
    }

    /** The département recognises an initiative: its profile, where it is, its legal form, the year. */
    public static Ambassador recognise(AmbassadorProfile profile, int year, String deliberation, String communeInseeCode,
                                       String territoryCode, LegalForm legalForm) {
        Ambassador ambassador = new Ambassador();
        ambassador.publish(profile.checked());
        ambassador.recognisedYear = year;
        ambassador.deliberation = deliberation;
        ambassador.communeInseeCode = Objects.requireNonNull(communeInseeCode, "commune");
        ambassador.territoryCode = Objects.requireNonNull(territoryCode, "territory");
        ambassador.legalForm = Objects.requireNonNull(legalForm, "legalForm");
        return ambassador;
    }

    /** The first year the département recognised ambassadors. */
    public static final int FIRST_YEAR = 2018;

    /**
     * An agent grants the recognition by a deliberation: every field checked at once (the year between
     * the first recognitions and this year, a commune of the Pas-de-Calais, a legal form, the profile).
     */
    public static Ambassador grant(AmbassadorProfile profile, Integer year, String deliberation, String communeInseeCode,
                                   String territoryCode, LegalForm legalForm, int currentYear) {
        new InvalidFieldsException.Check()
                .also(profile::checked)
                .require(year != null && year >= FIRST_YEAR && year <= currentYear, "year", "ambassador.import.year")
                .text(deliberation, 120, "deliberation", "ambassador.deliberation")
                .require(communeInseeCode != null && territoryCode != null, "commune", "ambassador.commune.required")
                .require(legalForm != null, "legalForm", "ambassador.legalForm.required")
                .orThrow();
        return recognise(profile, year, deliberation.strip(), communeInseeCode, territoryCode, legalForm);
    }

    /** Publishes an approved profile (see {@link ProfileChange#approve}). */
    void publish(AmbassadorProfile profile) { this.profile = profile; }

    /** A logo the ambassador uploaded waits for an agent, like any change of the public profile. */
    public String proposeLogo(AmbassadorLogo logo) {
        String replaced = keyOf(pendingLogo);
        pendingLogo = logo;
        return replaced;
    }

    /** The pending logo becomes the public one; returns the key of the one it replaces, to delete. */
    public String approveLogo() {
        if (pendingLogo == null) {
            throw new IllegalStateException("No logo waits for a review");
        }
        String replaced = keyOf(logo);
        logo = pendingLogo;
        pendingLogo = null;
        return replaced;
    }

    /** The pending logo is refused; returns its key, to delete. */
    public String rejectLogo() {
        String refused = keyOf(pendingLogo);
        pendingLogo = null;
        return refused;
    }

    private static String keyOf(AmbassadorLogo logo) {
        return logo == null ? null : logo.storageKey();
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public boolean hasPendingLogo() {
        return pendingLogo != null;
    }

    public Optional<AmbassadorLogo> logo() {
        return Optional.ofNullable(logo);
    }

    public Optional<AmbassadorLogo> pendingLogo() {
        return Optional.ofNullable(pendingLogo);
    }

    public void entrustTo(Long accountId) {
        this.managerAccountId = accountId;
    }

    public boolean isManagedBy(long accountId) {
        return managerAccountId != null && managerAccountId == accountId;
    }

    public Optional<Long> managerAccountId() {
        return Optional.ofNullable(managerAccountId);
    }

    public AmbassadorProfile profile() { return profile; }

    /** The contact shown to the public only with the initiative's consent. */
    public String publicContact() {
        return profile.contactPublic() ? profile.contactEmail() : null;
    }

    public String name() {
        return profile.name();
    }

    public int recognisedYear() { return recognisedYear; }

    public String deliberation() { return deliberation; }

    public String territoryCode() { return territoryCode; }

    public String communeInseeCode() { return communeInseeCode; }

    public Theme theme() {
        return profile.theme();
    }

    public LegalForm legalForm() { return legalForm; }

    public String description() {
        return profile.description();
    }

    public String website() {
        return profile.website();
    }
}
