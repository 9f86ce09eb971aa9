package fr.budgetcitoyen.survey;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How many carriers of an edition were sent the survey, how many answered (the study's 56 of 172, 33 %). */
public record ResponseRate(Integer edition, int sent, int answered) {

    public Figure figure() {
        return new Figure(answered, sent);
    }

    /** Per edition, then the total (its edition null). */
    public static List<ResponseRate> of(List<SurveyInvitation> invitations) {
        Map<Integer, List<SurveyInvitation>> byEdition = invitations.stream()
                .collect(Collectors.groupingBy(SurveyInvitation::edition, TreeMap::new, Collectors.toList()));
        List<ResponseRate> rates = new java.util.ArrayList<>(byEdition.entrySet().stream().map(e -> rate(e.getKey(), e.getValue())).toList());
        rates.add(rate(null, invitations));
        return rates;
    }

    private static ResponseRate rate(Integer edition, List<SurveyInvitation> invitations) {
        return new ResponseRate(edition, invitations.size(), (int) invitations.stream().filter(SurveyInvitation::answered).count());
    }
}
