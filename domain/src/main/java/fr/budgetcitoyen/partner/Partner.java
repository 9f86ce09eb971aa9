package fr.budgetcitoyen.partner;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.MemberManagedEntity;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

/**
 * A partner of the département's ESS policy (Pas-de-Calais Actif, APES, Ligue de l'enseignement, Cigales,
 * foundations, La NEF, Propulsons!…) and its role in the process. Accounts the Mission ESS entrusts with a
 * partner publish its appointment slots for carriers.
 */
@Entity
@Table(name = "partner")
@AssociationOverride(name = "memberAccountIds", joinTable = @JoinTable(name = "partner_member", joinColumns = @JoinColumn(name = "partner_id")))
public class Partner extends MemberManagedEntity {

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerKind kind;

    @Column(name = "process_role", nullable = false, length = 1000)
    private String role;

    @Column(length = 300)
    private String website;

    protected Partner() {
        // for JPA
    }

    public static Partner of(String name, PartnerKind kind, String role, String website) {
        boolean site = website == null || website.isBlank() || website.strip().matches("https?://[^\\s<>\"]{3,290}");
        new InvalidFieldsException.Check()
                .text(name, 160, "name", "partner.name")
                .require(kind != null, "kind", "partner.kind.required")
                .text(role, 1000, "role", "partner.role")
                .require(site, "website", "partner.website.invalid")
                .orThrow();
        Partner partner = new Partner();
        partner.name = name.strip();
        partner.kind = kind;
        partner.role = role.strip();
        partner.website = website == null || website.isBlank() ? null : website.strip();
        return partner;
    }

    public String name() { return name; }

    public PartnerKind kind() { return kind; }

    public String role() { return role; }

    public String website() { return website; }
}
