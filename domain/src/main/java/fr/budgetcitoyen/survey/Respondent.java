package fr.budgetcitoyen.survey;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A project that answered, with what the results are broken down by. */
public record Respondent(int edition, String category, String territoryCode, String theme, Observation observation) {

    /** What the results are broken down by, as the deliberation reads them. */
    public enum Dimension {
        EDITION(r -> String.valueOf(r.edition())),
        CATEGORY(Respondent::category),
        TERRITORY(Respondent::territoryCode),
        THEME(Respondent::theme);

        private final Function<Respondent, String> key;

        Dimension(Function<Respondent, String> key) {
            this.key = key;
        }
    }

    /** The indicators of one group (a key of a dimension; "" for projects without it, such as no theme). */
    public record Group(String key, Indicators indicators) {
    }

    public static Indicators total(List<Respondent> respondents) {
        return Indicators.of(respondents.stream().map(Respondent::observation).toList());
    }

    /** The indicators per group of a dimension, in the keys' order. */
    public static List<Group> by(Dimension dimension, List<Respondent> respondents) {
        Map<String, List<Observation>> groups = respondents.stream().collect(Collectors.groupingBy(
                r -> dimension.key.apply(r) == null ? "" : dimension.key.apply(r), TreeMap::new,
                Collectors.mapping(Respondent::observation, Collectors.toList())));
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), Indicators.of(e.getValue())))
                .sorted(Comparator.comparing(Group::key)).toList();
    }
}
