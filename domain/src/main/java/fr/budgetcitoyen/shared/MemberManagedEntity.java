package fr.budgetcitoyen.shared;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;

import java.util.HashSet;
import java.util.Set;

/**
 * An organisation whose page its members' accounts manage (a partner, a SCIC), entrusted by an agent. Each kind
 * names its own member table, by an {@code @AssociationOverride} of {@code memberAccountIds}.
 */
@MappedSuperclass
public abstract class MemberManagedEntity extends IdentifiedEntity {

    @ElementCollection
    @Column(name = "account_id")
    private Set<Long> memberAccountIds = new HashSet<>();

    public void entrustTo(long accountId) {
        memberAccountIds.add(accountId);
    }

    public boolean isManagedBy(long accountId) {
        return memberAccountIds.contains(accountId);
    }

    public Set<Long> memberAccountIds() {
        return Set.copyOf(memberAccountIds);
    }
}
