package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.project.AttachmentType;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import jakarta.persistence.Column;
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

    @Column(nullable = false, length = AmbassadorProfile.NAME_MAX)
    private String name;

    @Column(name = "recognised_year", nullable = false)
    private int recognisedYear;

    @Column(length = 120)
    private String deliberation;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Column(name = "commune_insee_code", nullable = false, length = 5)
    private String communeInseeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 40)
    private LegalForm legalForm;

    @Column(nullable = false, length = AmbassadorProfile.DESCRIPTION_MAX)
    private String description;

    @Column(length = 300)
    private String website;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_public", nullable = false)
    private boolean contactPublic;

    @Column(name = "manager_account_id")
    private Long managerAccountId;

    @Column(name = "logo_key", length = 36)
    private String logoKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "logo_type", length = 10)
    private AttachmentType logoType;

    @Column(name = "pending_logo_key", length = 36)
    private String pendingLogoKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_logo_type", length = 10)
    private AttachmentType pendingLogoType;

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
    void publish(AmbassadorProfile profile) {
        name = profile.name();
        theme = profile.theme();
        description = profile.description();
        website = profile.website();
        contactEmail = profile.contactEmail();
        contactPublic = profile.contactPublic();
    }

    /** A logo the ambassador uploaded waits for an agent, like any change of the public profile. */
    public String proposeLogo(AmbassadorLogo logo) {
        String replaced = pendingLogoKey;
        pendingLogoKey = logo.storageKey();
        pendingLogoType = logo.type();
        return replaced;
    }

    /** The pending logo becomes the public one; returns the key of the one it replaces, to delete. */
    public String approveLogo() {
        if (pendingLogoKey == null) {
            throw new IllegalStateException("No logo waits for a review");
        }
        String replaced = logoKey;
        logoKey = pendingLogoKey;
        logoType = pendingLogoType;
        pendingLogoKey = null;
        pendingLogoType = null;
        return replaced;
    }

    /** The pending logo is refused; returns its key, to delete. */
    public String rejectLogo() {
        String refused = pendingLogoKey;
        pendingLogoKey = null;
        pendingLogoType = null;
        return refused;
    }

    public boolean hasLogo() {
        return logoKey != null;
    }

    public boolean hasPendingLogo() {
        return pendingLogoKey != null;
    }

    public Optional<AmbassadorLogo> logo() {
        return logoKey == null ? Optional.empty() : Optional.of(new AmbassadorLogo(logoKey, logoType));
    }

    public Optional<AmbassadorLogo> pendingLogo() {
        return pendingLogoKey == null ? Optional.empty() : Optional.of(new AmbassadorLogo(pendingLogoKey, pendingLogoType));
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

    public AmbassadorProfile profile() {
        return new AmbassadorProfile(name, theme, description, website, contactEmail, contactPublic);
    }

    /** The contact shown to the public only with the initiative's consent. */
    public String publicContact() {
        return contactPublic ? contactEmail : null;
    }

    public String name() {
        return name;
    }

    public int recognisedYear() {
        return recognisedYear;
    }

    public String deliberation() {
        return deliberation;
    }

    public String territoryCode() {
        return territoryCode;
    }

    public String communeInseeCode() {
        return communeInseeCode;
    }

    public Theme theme() {
        return theme;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public String description() {
        return description;
    }

    public String website() {
        return website;
    }
}
