package fr.budgetcitoyen.cdess;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A member of the CDESS: a person, the organisation they represent, their college. */
@Entity
@Table(name = "cdess_member")
public class CdessMember extends IdentifiedEntity {

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false, length = 160)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CdessCollege college;

    protected CdessMember() {
        // for JPA
    }

    public static CdessMember appoint(String name, String organisation, CdessCollege college) {
        new InvalidFieldsException.Check()
                .text(name, 160, "name", "cdess.member.name")
                .text(organisation, 160, "organisation", "cdess.member.organisation")
                .require(college != null, "college", "cdess.member.college.required")
                .orThrow();
        CdessMember member = new CdessMember();
        member.name = name.strip();
        member.organisation = organisation.strip();
        member.college = college;
        return member;
    }

    public String name() { return name; }

    public String organisation() { return organisation; }

    public CdessCollege college() { return college; }
}
