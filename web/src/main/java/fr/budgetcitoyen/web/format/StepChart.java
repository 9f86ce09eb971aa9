package fr.budgetcitoyen.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A step chart drawn in SVG on the server (no script, no external resource): amounts that change on
 * given days and stay level in between, up to {@code until}. The views show the same figures as a table.
 */
public final class StepChart {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 200;

    /** One value that holds from its day until the next point. */
    public record Point(LocalDate day, BigDecimal value) {
    }

    /** A vertical tick at the first day of a year. */
    public record Tick(int x, int year) {
    }

    private final LocalDate from;
    private final LocalDate until;
    private final BigDecimal max;

    private StepChart(LocalDate from, LocalDate until, BigDecimal max) {
        this.from = from;
        this.until = until;
        this.max = max.signum() == 0 ? BigDecimal.ONE : max;
    }

    /** A chart whose scales fit every series given. */
    public static StepChart fitting(List<List<Point>> series, LocalDate until) {
        LocalDate from = series.stream().flatMap(List::stream).map(Point::day).min(LocalDate::compareTo).orElse(until);
        BigDecimal max = series.stream().flatMap(List::stream).map(Point::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return new StepChart(from, until.isAfter(from) ? until : from.plusDays(1), max);
    }

    /** The SVG path of one series: level until the next point, then straight up or down. */
    public String path(List<Point> points) {
        if (points.isEmpty()) {
            return "";
        }
        StringBuilder d = new StringBuilder();
        int y = y(BigDecimal.ZERO);
        d.append("M").append(x(from)).append(' ').append(y);
        for (Point p : points) {
            d.append(" H").append(x(p.day()));
            y = y(p.value());
            d.append(" V").append(y);
        }
        return d.append(" H").append(WIDTH).toString();
    }

    /** The first day of each year between the two ends, for the axis. */
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int year = from.getYear() + 1; year <= until.getYear(); year++) {
            ticks.add(new Tick(x(LocalDate.of(year, 1, 1)), year));
        }
        return ticks;
    }

    public BigDecimal max() { return max; }

    private int x(LocalDate day) {
        long span = ChronoUnit.DAYS.between(from, until);
        return (int) (ChronoUnit.DAYS.between(from, day) * WIDTH / span);
    }

    private int y(BigDecimal value) {
        return HEIGHT - value.multiply(BigDecimal.valueOf(HEIGHT)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StepChart[%s..%s, max %s]", from, until, max);
    }
}
