package fr.budgetcitoyen.labelling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The committee's reading of a file on the ESS markers: the average of the members who scored it. */
public record Radar(Map<EssMarker, BigDecimal> averages, int members) {

    public static Radar of(List<Assessment> assessments) {
        List<Assessment> scored = assessments.stream().filter(a -> !a.isConflictOfInterest()).toList();
        Map<EssMarker, BigDecimal> averages = new EnumMap<>(EssMarker.class);
        if (!scored.isEmpty()) {
            for (EssMarker marker : EssMarker.values()) {
                int sum = scored.stream().mapToInt(a -> a.scores().get(marker)).sum();
                averages.put(marker, BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scored.size()), 1, RoundingMode.HALF_UP));
            }
        }
        return new Radar(averages, scored.size());
    }

    public boolean isEmpty() {
        return members == 0;
    }
}
