package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.vote.Ballot;

import java.math.BigDecimal;
import java.util.Map;

/** The JSON shapes of the ballot: the projects one may vote for, and the anonymised ballots after the vote. */
public final class BallotJson {

    private BallotJson() {
    }

    /** A project on the ballot; never a count of votes. */
    public record ProjectJson(long id, String title, String category, String territory, String theme,
                              String carrier, BigDecimal requestedAmount) {

        static ProjectJson of(Project p) {
            return new ProjectJson(p.id(), p.title(), p.category().code(), p.territory().name(),
                    p.theme().map(Enum::name).orElse(null), p.carrier().name(), p.requestedAmount().amount());
        }
    }

    /** One cast ballot as published: its receipt's hash, its category and its project. */
    public record PublishedBallot(String receiptHash, String category, long project) {

        static PublishedBallot of(Ballot b, Map<Long, String> categoryCodes) {
            return new PublishedBallot(b.receiptHash(), categoryCodes.get(b.categoryId()), b.projectId());
        }
    }
}
