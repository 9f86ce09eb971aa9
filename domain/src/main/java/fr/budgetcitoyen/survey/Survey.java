package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.shared.IdentifiedEntity;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A survey campaign of the Mission ESS across editions (as the impact study with the MEPPP on 2018–2023):
 * the editions whose funded projects are asked, the catalogue questions chosen, free-text questions, and
 * the date it closes. Opened once, it is never edited: the carriers answer what was sent.
 */
@Entity
@Table(name = "survey")
public class Survey extends IdentifiedEntity {

    public static final int TITLE_MAX = 200;
    public static final int FREE_QUESTION_MAX = 300;
    public static final int FREE_QUESTIONS_MAX = 3;
    /** A survey stays open a few months at most: the study's figures describe one moment. */
    static final int LONGEST_MONTHS = 6;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The editions' years, comma-separated (a handful, read with the survey, never queried). */
    @Column(nullable = false, length = 200)
    private String editions;

    @Column(nullable = false, length = 200)
    private String questions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_free_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    @Column(name = "wording", nullable = false, length = FREE_QUESTION_MAX)
    private List<String> freeQuestions = new ArrayList<>();

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "opened_by", length = 254, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "opened_at", nullable = false))
    private Stamp opened;

    protected Survey() {
        // for JPA
    }

    /** What the agent fills in; checked at the review, before anything is sent. */
    public record Draft(String title, Set<Integer> editions, Set<Question> questions, List<String> freeQuestions, LocalDate closesOn) {

        public Draft {
            editions = editions == null ? Set.of() : Set.copyOf(editions);
            questions = questions == null ? Set.of() : Set.copyOf(questions);
            freeQuestions = freeQuestions == null ? List.of()
                    : freeQuestions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        }

        /** Every invalid field at once; the editions among those whose projects were funded. */
        public void check(Set<Integer> fundedEditions, LocalDate today) {
            new InvalidFieldsException.Check()
                    .text(title, TITLE_MAX, "title", "survey.title")
                    .require(!editions.isEmpty() && fundedEditions.containsAll(editions), "editions", "survey.editions.required")
                    .require(!questions.isEmpty() || !freeQuestions.isEmpty(), "questions", "survey.questions.required")
                    .require(freeQuestions.size() <= FREE_QUESTIONS_MAX
                            && freeQuestions.stream().allMatch(q -> q.length() <= FREE_QUESTION_MAX), "freeQuestions", "survey.freeQuestions.invalid")
                    .require(closesOn != null && closesOn.isAfter(today) && !closesOn.isAfter(today.plusMonths(LONGEST_MONTHS)),
                            "closesOn", "survey.closesOn.invalid")
                    .orThrow();
        }
    }

    public static Survey open(Draft draft, Set<Integer> fundedEditions, LocalDate today, String by, Instant at) {
        draft.check(fundedEditions, today);
        Survey survey = new Survey();
        survey.title = draft.title().strip();
        survey.editions = new TreeSet<>(draft.editions()).stream().map(String::valueOf).collect(Collectors.joining(","));
        survey.questions = EnumSet.copyOf(draft.questions().isEmpty() ? EnumSet.noneOf(Question.class) : draft.questions())
                .stream().map(Enum::name).collect(Collectors.joining(","));
        survey.freeQuestions = new ArrayList<>(draft.freeQuestions());
        survey.closesOn = draft.closesOn();
        survey.opened = new Stamp(by, at);
        return survey;
    }

    /** Carriers answer until the closing date included. */
    public boolean isOpen(LocalDate today) {
        return !today.isAfter(closesOn);
    }

    public SortedSet<Integer> editions() {
        return Arrays.stream(editions.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<Question> questions() {
        return questions.isEmpty() ? EnumSet.noneOf(Question.class)
                : Arrays.stream(questions.split(",")).map(Question::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Question.class)));
    }

    public boolean asks(Question question) {
        return questions().contains(question);
    }

    public List<String> freeQuestions() {
        return List.copyOf(freeQuestions);
    }

    public String title() { return title; }

    public LocalDate closesOn() { return closesOn; }

    public Stamp opened() { return opened; }
}
