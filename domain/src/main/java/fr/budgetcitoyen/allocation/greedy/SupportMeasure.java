package fr.budgetcitoyen.allocation.greedy;

import fr.budgetcitoyen.allocation.SupportIndex;
import fr.budgetcitoyen.allocation.VoteType;

/** What "most supported" means for a greedy rule. */
public enum SupportMeasure {
    /** Number of ballots including the project (for point ballots: listed with any points). */
    APPROVALS,
    /** Total points received; equals the approval count for approval ballots. */
    POINTS;

    /** Cities count points when voters give points, and ballots otherwise. */
    public static SupportMeasure naturalFor(VoteType voteType) {
        return voteType.carriesPoints() ? POINTS : APPROVALS;
    }

    public long scoreOf(SupportIndex index, int project) {
        return this == APPROVALS ? index.approvals(project) : index.points(project);
    }
}
