package fr.budgetcitoyen.partner;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/**
 * A partner of the département's ESS policy (Pas-de-Calais Actif, APES, Ligue de l'enseignement, Cigales,
 * foundations, La NEF, Propulsons!…) and its role in the process. Accounts the Mission ESS entrusts with a
 * partner publish its appointment slots for carriers.
 */
@Entity
@Table(name = "partner")
public class Partner extends IdentifiedEntity {

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerKind kind;

    @Column(name = "process_role", nullable = false, length = 1000)
    private String role;

    @Column(length = 300)
    private String website;

    @ElementCollection
    @CollectionTable(name = "partner_member", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "account_id")
    private Set<Long> memberAccountIds = new HashSet<>();

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

    public void entrustTo(long accountId) {
        memberAccountIds.add(accountId);
    }

    public boolean isManagedBy(long accountId) {
        return memberAccountIds.contains(accountId);
    }

    public Set<Long> memberAccountIds() {
        return Set.copyOf(memberAccountIds);
    }

    public String name() {
        return name;
    }

    public PartnerKind kind() {
        return kind;
    }

    public String role() {
        return role;
    }

    public String website() {
        return website;
    }
}
