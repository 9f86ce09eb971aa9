package fr.budgetcitoyen.allocation.pabulib;

import fr.budgetcitoyen.allocation.Ballot;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.VoteType;
import fr.budgetcitoyen.allocation.pabulib.PabulibRecords.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The VOTES section: one ballot per row, empty ballots included. {@code vote} lists project ids;
 * point-based vote types also need a parallel {@code points} list.
 */
final class VotesSection {

    private VotesSection() {
    }

    static List<Ballot> read(Section section, VoteType voteType, List<Project> projects) {
        Map<String, ProjectId> known = new HashMap<>();
        projects.forEach(project -> known.put(project.id().value(), project.id()));
        Optional<Integer> voterColumn = section.column("voter_id");
        Optional<Integer> voteColumn = Optional.of(section.requiredColumn("vote"));
        Optional<Integer> pointsColumn = voteType.carriesPoints()
                ? Optional.of(section.requiredColumn("points")) : Optional.empty();
        List<Ballot> ballots = new ArrayList<>(section.rows().size());
        for (Record row : section.rows()) {
            String voterId = Section.value(row, voterColumn);
            if (voterId.isEmpty()) {
                voterId = String.valueOf(ballots.size() + 1);
            }
            List<ProjectId> voted = projectIds(Section.value(row, voteColumn), row.line(), known,
                    pointsColumn.isPresent());
            if (pointsColumn.isEmpty()) {
                ballots.add(Ballot.approving(voterId, voted));
            } else {
                ballots.add(Ballot.withPoints(voterId, voted,
                        points(Section.value(row, pointsColumn), voted, row.line())));
            }
        }
        return ballots;
    }

    /** Repeats are harmless in an approval set but ambiguous when each entry carries points. */
    private static List<ProjectId> projectIds(String vote, int line, Map<String, ProjectId> known,
            boolean repeatsForbidden) {
        List<ProjectId> ids = new ArrayList<>();
        Set<ProjectId> seen = new HashSet<>();
        for (String part : vote.split(",")) {
            String raw = part.trim();
            if (raw.isEmpty()) {
                continue;
            }
            ProjectId id = known.get(raw);
            if (id == null) {
                throw new PabulibFormatException(line, "expected a project id from PROJECTS in column 'vote', found '"
                        + raw + "'");
            }
            if (seen.add(id)) {
                ids.add(id);
            } else if (repeatsForbidden) {
                throw new PabulibFormatException(line, "expected each project once in column 'vote', found '" + raw
                        + "' twice");
            }
        }
        return ids;
    }

    private static List<Long> points(String raw, List<ProjectId> voted, int line) {
        List<Long> points = new ArrayList<>();
        for (String part : raw.split(",")) {
            if (!part.trim().isEmpty()) {
                points.add(PabulibNumbers.wholeNumber(part.trim(), line, "column 'points'"));
            }
        }
        if (points.size() != voted.size()) {
            throw new PabulibFormatException(line, "expected one number in column 'points' per project voted for ("
                    + voted.size() + "), found " + points.size());
        }
        return points;
    }
}
