package fr.budgetcitoyen.web.labelling;

import fr.budgetcitoyen.labelling.EssMarker;
import fr.budgetcitoyen.labelling.Radar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of the ESS-marker radar drawn as inline SVG: no script, no external resource, printable.
 * Axes start at the top and turn clockwise; a score of 4 reaches the outer ring.
 */
@Named("radarShape")
@ApplicationScoped
public class RadarShape {

    static final double CENTER = 150;
    static final double RADIUS = 100;

    /** The polygon of the averages, as SVG points. */
    public String points(Radar radar) {
        List<String> points = new ArrayList<>();
        for (EssMarker marker : EssMarker.values()) {
            double value = radar.averages().getOrDefault(marker, BigDecimal.ZERO).doubleValue() / EssMarker.MAX_SCORE;
            points.add(point(marker.ordinal(), value));
        }
        return String.join(" ", points);
    }

    /** A ring of the grid (level 1 to 4) as SVG points. */
    public String ring(int level) {
        return java.util.Arrays.stream(EssMarker.values())
                .map(m -> point(m.ordinal(), (double) level / EssMarker.MAX_SCORE)).collect(Collectors.joining(" "));
    }

    public double axisX(EssMarker marker, double scale) {
        return CENTER + scale * RADIUS * Math.sin(angle(marker.ordinal()));
    }

    public double axisY(EssMarker marker, double scale) {
        return CENTER - scale * RADIUS * Math.cos(angle(marker.ordinal()));
    }

    public EssMarker[] getMarkers() {
        return EssMarker.values();
    }

    private static String point(int axis, double scale) {
        return String.format(Locale.ROOT, "%.1f,%.1f", CENTER + scale * RADIUS * Math.sin(angle(axis)),
                CENTER - scale * RADIUS * Math.cos(angle(axis)));
    }

    private static double angle(int axis) {
        return 2 * Math.PI * axis / EssMarker.values().length;
    }
}
