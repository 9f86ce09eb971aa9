package fr.budgetcitoyen.allocation.pabulib;

import fr.budgetcitoyen.allocation.Ballot;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.SupportIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an instance as a pabulib file that {@link PabulibReader} reads back to an equal instance
 * (project columns it does not model, such as coordinates, are not kept; fields are trimmed).
 * META entries are kept in order; budget, vote_type, num_projects and num_votes are rewritten from
 * the instance so the file is always consistent.
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static void writeFile(Instance instance, Path file) throws IOException {
        Files.writeString(file, toText(instance), StandardCharsets.UTF_8);
    }

    public static String toText(Instance instance) {
        StringBuilder out = new StringBuilder();
        writeMeta(instance, out);
        writeProjects(instance, out);
        writeVotes(instance, out);
        return out.toString();
    }

    private static void writeMeta(Instance instance, StringBuilder out) {
        String budget = instance.budget().toString();
        if (budget.contains("/")) {
            throw new IllegalArgumentException("budget " + budget + " has no exact decimal form for pabulib");
        }
        Map<String, String> meta = new LinkedHashMap<>(instance.meta());
        meta.put("num_projects", String.valueOf(instance.projects().size()));
        meta.put("num_votes", String.valueOf(instance.voterCount()));
        meta.put("budget", budget);
        meta.put("vote_type", instance.voteType().pabulibName());
        out.append("META\n");
        row(out, List.of("key", "value"));
        meta.forEach((key, value) -> row(out, List.of(key, value)));
    }

    private static void writeProjects(Instance instance, StringBuilder out) {
        boolean withPoints = instance.voteType().carriesPoints();
        boolean withCategory = instance.projects().stream().anyMatch(p -> p.category().isPresent());
        boolean withSelected = instance.projects().stream().anyMatch(p -> p.selectedByCity().isPresent());
        List<String> header = new ArrayList<>(List.of("project_id", "cost", "votes"));
        header.addAll(withPoints ? List.of("score", "name") : List.of("name"));
        if (withCategory) {
            header.add("category");
        }
        if (withSelected) {
            header.add("selected");
        }
        out.append("PROJECTS\n");
        row(out, header);
        SupportIndex index = instance.supportIndex();
        for (Project project : instance.projects()) {
            int i = index.indexOf(project.id());
            List<String> fields = new ArrayList<>(List.of(project.id().value(), String.valueOf(project.cost()),
                    String.valueOf(index.approvals(i))));
            if (withPoints) {
                fields.add(String.valueOf(index.points(i)));
            }
            fields.add(project.name());
            if (withCategory) {
                fields.add(project.category().orElse(""));
            }
            if (withSelected) {
                fields.add(project.selectedByCity().map(selected -> selected ? "1" : "0").orElse(""));
            }
            row(out, fields);
        }
    }

    private static void writeVotes(Instance instance, StringBuilder out) {
        boolean withPoints = instance.voteType().carriesPoints();
        out.append("VOTES\n");
        row(out, withPoints ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote"));
        for (Ballot ballot : instance.ballots()) {
            String vote = ballot.projects().stream().map(ProjectId::value).collect(Collectors.joining(","));
            if (withPoints) {
                String points = ballot.projects().stream().map(id -> String.valueOf(ballot.pointsFor(id)))
                        .collect(Collectors.joining(","));
                row(out, List.of(ballot.voterId(), vote, points));
            } else {
                row(out, List.of(ballot.voterId(), vote));
            }
        }
    }

    private static void row(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(PabulibWriter::quoteIfNeeded).collect(Collectors.joining(";"))).append('\n');
    }

    private static String quoteIfNeeded(String field) {
        boolean needsQuotes = field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
