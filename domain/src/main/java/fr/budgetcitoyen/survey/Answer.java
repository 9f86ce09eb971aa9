package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Set;

/**
 * What a carrier answers to the catalogue questions (a question not asked stays empty). Also what a
 * yearly status report says, read the same way ({@link Observation}).
 */
@Embeddable
public record Answer(
        @Column(name = "still_active")
        Boolean stillActive,

        @Enumerated(EnumType.STRING)
        @Column(name = "volunteers", length = 10)
        Trend volunteers,

        @Enumerated(EnumType.STRING)
        @Column(name = "employees", length = 10)
        Trend employees,

        @Enumerated(EnumType.STRING)
        @Column(name = "objectives", length = 10)
        Reach objectives) {

    /** Every asked question is answered; those not asked are dropped. */
    Answer checkedAgainst(Set<Question> asked) {
        new InvalidFieldsException.Check()
                .require(!asked.contains(Question.ACTIVE) || stillActive != null, "active", "survey.answer.active.required")
                .require(!asked.contains(Question.VOLUNTEERS) || volunteers != null, "volunteers", "survey.answer.trend.required")
                .require(!asked.contains(Question.EMPLOYEES) || employees != null, "employees", "survey.answer.trend.required")
                .require(!asked.contains(Question.OBJECTIVES) || objectives != null, "objectives", "survey.answer.objectives.required")
                .orThrow();
        return new Answer(asked.contains(Question.ACTIVE) ? stillActive : null,
                asked.contains(Question.VOLUNTEERS) ? volunteers : null,
                asked.contains(Question.EMPLOYEES) ? employees : null,
                asked.contains(Question.OBJECTIVES) ? objectives : null);
    }

    public Observation observation() {
        return new Observation(stillActive, volunteers, employees, objectives);
    }
}
