package fr.budgetcitoyen.web.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * One category's votes drawn as horizontal bars in SVG on the server (no script): its projects most voted
 * first, the funded ones filled and labelled, and the envelope line after the most voted projects whose
 * requests fit in the category's envelope together. The page gives the same figures as a table.
 */
public record VotesChart(List<Bar> bars, Long envelopeCents, int envelopeAfter, int height) {

    public static final int WIDTH = 480;
    static final int ROW = 46;
    static final int BAR_MAX = 320;
    static final int LINE_GAP = 36;
    static final int TITLE_MAX = 68;

    /** A project of the category, in the order drawn. */
    public record Entry(long projectId, String title, long votes, boolean funded, long requestedCents) {
    }

    /** A drawn row: {@code top} is the row's upper edge, {@code width} the bar's length. */
    public record Bar(Entry entry, String label, int top, int width) {

        public int titleY() {
            return top + 14;
        }

        public int barY() {
            return top + 20;
        }

        public int valueX() {
            return width + 8;
        }

        public int valueY() {
            return top + 33;
        }
    }

    /**
     * @param ranked        the category's projects, most voted first
     * @param envelopeCents the category's part of the envelope, or null when all categories share one envelope
     */
    public static VotesChart of(List<Entry> ranked, Long envelopeCents) {
        long max = ranked.stream().mapToLong(Entry::votes).max().orElse(0);
        int after = envelopeCents == null ? -1 : fitting(ranked, envelopeCents);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            int top = i * ROW + (after >= 0 && i >= after ? LINE_GAP : 0);
            int width = max == 0 ? 0 : (int) Math.max(e.votes() > 0 ? 2 : 0, e.votes() * BAR_MAX / max);
            bars.add(new Bar(e, shortened(e.title()), top, width));
        }
        return new VotesChart(List.copyOf(bars), envelopeCents, after, ranked.size() * ROW + (after >= 0 ? LINE_GAP : 0));
    }

    /** How many of the most voted projects fit in the envelope together, their requests added in vote order. */
    static int fitting(List<Entry> ranked, long envelopeCents) {
        long total = 0;
        for (int i = 0; i < ranked.size(); i++) {
            total += ranked.get(i).requestedCents();
            if (total > envelopeCents) {
                return i;
            }
        }
        return ranked.size();
    }

    private static String shortened(String title) {
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1).strip() + "…";
    }

    /** The drawing's width in its own units (the page scales it to the column). */
    public int width() { return WIDTH; }

    /** Whether the envelope line is drawn (a per-category envelope). */
    public boolean hasEnvelopeLine() {
        return envelopeAfter >= 0;
    }

    public int lineY() {
        return Math.max(envelopeAfter, 0) * ROW + 6;
    }

    public int lineLabelY() {
        return lineY() + 20;
    }
}
