package fr.budgetcitoyen.vote;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The count anyone can redo from the published ballots: per category, the projects by number of ballots.
 * A receipt code, typed as the voter noted it, finds its own ballot among them.
 */
public record Tally(List<Line> lines, long ballots) {

    /** A project's ballots in its category. */
    public record Line(long categoryId, long projectId, long ballots) {
    }

    public static Tally of(Collection<Ballot> published) {
        Map<List<Long>, Long> counts = published.stream().collect(Collectors.groupingBy(
                b -> List.of(b.categoryId(), b.projectId()), Collectors.counting()));
        List<Line> lines = counts.entrySet().stream()
                .map(e -> new Line(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(Line::categoryId).thenComparing(Line::ballots, Comparator.reverseOrder())
                        .thenComparingLong(Line::projectId))
                .toList();
        return new Tally(lines, published.size());
    }

    public List<Line> of(long categoryId) {
        return lines.stream().filter(l -> l.categoryId() == categoryId).toList();
    }

    /** The ballot a typed receipt code stands for, if it was counted. */
    public static Optional<Ballot> find(Collection<Ballot> published, String typedReceipt) {
        if (typedReceipt == null || typedReceipt.replaceAll("[^0-9A-Za-z]", "").isEmpty()) {
            return Optional.empty();
        }
        String hash = Receipt.hashOf(typedReceipt);
        return published.stream().filter(b -> b.receiptHash().equals(hash)).findFirst();
    }
}
