package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.MemberManagedEntity;
import fr.budgetcitoyen.shared.Money;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A société coopérative d'intérêt collectif of the réseau des SCIC 62. The département may be one of its
 * associates ({@link Shareholding}); its capital account is then derived from dated movements. The
 * SCIC's members manage its public profile; the identity and the shareholding are the Mission ESS's.
 */
@Entity
@Table(name = "scic")
@AssociationOverride(name = "memberAccountIds", joinTable = @JoinTable(name = "scic_member", joinColumns = @JoinColumn(name = "scic_id")))
public class Scic extends MemberManagedEntity {

    public static final int NAME_MAX = 160;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "commune_insee_code", nullable = false, length = 5)
    private String communeInseeCode;

    @Column(name = "territory_code", nullable = false, length = 40)
    private String territoryCode;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "share_nominal", precision = 14, scale = 2, nullable = false))
    private Money nominal;

    @Column(nullable = false, length = ScicProfile.PURPOSE_MAX)
    private String purpose;

    @Column(length = ScicProfile.ACTIVITIES_MAX)
    private String activities;

    @Column(length = 300)
    private String website;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Embedded
    private Shareholding shareholding;

    @Version
    private long version;

    protected Scic() {
        // for JPA
    }

    /** A SCIC enters the network: its name, where it is, the nominal value of one share, its profile. */
    public static Scic register(String name, String communeInseeCode, String territoryCode, Money nominal, ScicProfile profile) {
        new InvalidFieldsException.Check()
                .text(name, NAME_MAX, "name", "scic.name")
                .require(communeInseeCode != null && territoryCode != null, "commune", "scic.commune.required")
                .require(nominal != null && !nominal.isNegative() && !nominal.isZero(), "nominal", "scic.nominal.positive")
                .also(profile::checked)
                .orThrow();
        Scic scic = new Scic();
        scic.name = name.strip();
        scic.communeInseeCode = communeInseeCode;
        scic.territoryCode = territoryCode;
        scic.nominal = nominal;
        scic.describe(profile);
        return scic;
    }

    /** The members' public profile, published at once (the identity and the capital are not theirs). */
    public void describe(ScicProfile profile) {
        ScicProfile checked = profile.checked();
        purpose = checked.purpose();
        activities = checked.activities();
        website = checked.website();
        contactEmail = checked.contactEmail();
    }

    /** The département becomes an associate, by a deliberation; its movements can then be recorded. */
    public void admitDepartment(Shareholding entry) {
        this.shareholding = Objects.requireNonNull(entry, "entry");
    }

    public boolean isShareholding() {
        return shareholding != null && shareholding.deliberation() != null;
    }

    /** The département's capital in this SCIC, derived from its movements. */
    public CapitalAccount capital(List<CapitalMovement> movements) {
        return CapitalAccount.of(nominal, movements.stream().filter(m -> Objects.equals(m.scicId(), id())).toList());
    }

    /**
     * What recording this entry would give, checked against the ledger (see {@link CapitalAccount#with})
     * and, for a subscription, against the local authorities' 50 % limit of the latest declared capital.
     * Nothing is recorded: the agent confirms, then the service records under a lock after checking again.
     */
    public CapitalChange change(List<CapitalMovement> movements, List<GeneralAssembly> assemblies, CapitalMovement movement, LocalDate today) {
        requireShareholding(movement);
        CapitalAccount before = capital(movements);
        CapitalAccount after = before.with(movement, today);
        List<GeneralAssembly> own = assemblies.stream().filter(a -> Objects.equals(a.scicId(), id())).toList();
        Optional<LocalAuthorityShare> share = LocalAuthorityShare.of(after, own);
        if (movement.kind() == MovementKind.SUBSCRIPTION) {
            LocalAuthorityShare.requireRoom(share);
        }
        return new CapitalChange(movement, before, after, share);
    }

    /** What cancelling a recorded entry would give, before its reason is typed. */
    public CapitalChange reversalChange(List<CapitalMovement> movements, List<GeneralAssembly> assemblies, CapitalMovement original,
                                        LocalDate today) {
        return change(movements, assemblies, CapitalMovement.reversalOf(original, null), today);
    }

    /** A movement on this SCIC's capital; refused while the département is not an associate. */
    public CapitalMovement requireShareholding(CapitalMovement movement) {
        new InvalidFieldsException.Check().require(isShareholding(), "kind", "scic.movement.notShareholding").orThrow();
        return movement;
    }

    public ScicProfile profile() {
        return new ScicProfile(purpose, activities, website, contactEmail);
    }

    public String name() { return name; }

    public String communeInseeCode() { return communeInseeCode; }

    public String territoryCode() { return territoryCode; }

    public Money nominal() { return nominal; }

    public String purpose() { return purpose; }

    public String activities() { return activities; }

    public String website() { return website; }

    public String contactEmail() { return contactEmail; }

    public Shareholding shareholding() {
        return isShareholding() ? shareholding : null;
    }
}
