package fr.budgetcitoyen.project;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.InvalidFieldsException.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import static fr.budgetcitoyen.project.FieldChecks.fits;
import static fr.budgetcitoyen.project.FieldChecks.present;
import static fr.budgetcitoyen.project.FieldChecks.require;

/**
 * Who carries a project, as its file gives it: the ESS structure's name and legal form, its SIREN or RNA number, the
 * adult referent of a junior association, its address and commune. A draft may leave any of them empty; Hibernate
 * reads a carrier with every column empty as null, which {@link Project#carrier()} shows as {@link #UNKNOWN}.
 * <p>
 * The canonical constructor keeps the values as given: Hibernate builds a loaded carrier with it, and a value changed
 * there would read as a change and bump the project's version. The rules live in the factories and checks below.
 */
@Embeddable
public record Carrier(
        @Column(name = "carrier_name", length = NAME_MAX)
        String name,

        @Enumerated(EnumType.STRING)
        @Column(name = "legal_form", length = 40)
        LegalForm legalForm,

        @Column(name = "registration_number", length = NUMBER_MAX)
        String registrationNumber,

        @Column(name = "adult_referent", length = REFERENT_MAX)
        String adultReferent,

        @Column(name = "address", length = ADDRESS_MAX)
        String address,

        @Column(name = "commune_insee_code", length = 5)
        String communeInseeCode) {

    public static final int NAME_MAX = 200;
    public static final int NUMBER_MAX = 10;
    public static final int REFERENT_MAX = 200;
    public static final int ADDRESS_MAX = 300;

    /** Nothing given yet (a new draft). */
    public static final Carrier UNKNOWN = new Carrier(null, null, null, null, null, null);

    /** A structure known by its name and legal form only, as projects recorded outside the editor start. */
    public Carrier(String name, LegalForm legalForm) {
        this(requireName(name), Objects.requireNonNull(legalForm, "legalForm"), null, null, null, null);
    }

    /** What the carrier typed in the editor, complete or not; the number as people type it is normalised. */
    static Carrier typedIn(ProjectFileDraft draft) {
        return new Carrier(draft.structureName(), draft.legalForm(), normalized(draft.registrationNumber()),
                draft.adultReferent(), draft.address(), draft.communeInseeCode());
    }

    /** The same structure with its number, address and commune, as recorded outside the platform (imported, or demo). */
    public Carrier identifiedBy(String number, String address, String communeInseeCode) {
        return new Carrier(name, legalForm, normalized(number), adultReferent, address, communeInseeCode);
    }

    /**
     * What the committee needs to know who carries the file, in the editor's order; the address is checked by
     * {@link ProjectFileRules} with the file's territory.
     */
    List<Problem> problems(Predicate<LegalForm> eligible) {
        List<Problem> problems = new ArrayList<>();
        require(problems, present(name), "structureName", "file.structureName.required");
        require(problems, legalForm != null, "legalForm", "file.legalForm.required");
        require(problems, legalForm == null || eligible.test(legalForm), "legalForm", "file.legalForm.notEligible");
        require(problems, RegistrationNumber.isValid(registrationNumber), "registrationNumber", "file.registrationNumber.invalid");
        require(problems, legalForm != LegalForm.JUNIOR_ASSOCIATION || present(adultReferent),
                "adultReferent", "file.adultReferent.required");
        return problems;
    }

    /** Incomplete is fine in a draft, longer than the columns is not: refused next to the field. */
    void requireFitting() {
        new InvalidFieldsException.Check()
                .require(fits(name, NAME_MAX), "structureName", "file.structureName.tooLong")
                .require(fits(registrationNumber, NUMBER_MAX), "registrationNumber", "file.registrationNumber.invalid")
                .require(fits(adultReferent, REFERENT_MAX), "adultReferent", "file.adultReferent.tooLong")
                .require(fits(address, ADDRESS_MAX), "address", "file.address.tooLong")
                .orThrow();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A carrier needs a name");
        }
        return name.strip();
    }

    private static String normalized(String number) {
        return number == null ? null : RegistrationNumber.normalize(number);
    }
}
