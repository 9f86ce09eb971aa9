package fr.budgetcitoyen.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Two structures an agent should look at before merging them: same name, nothing automatic to join them. */
public record DoubtfulPair(StructureRecord first, StructureRecord second) {

    /** The pairs among the inventory, each once, the older structure first, grouped by name. */
    public static List<DoubtfulPair> among(List<StructureRecord> records) {
        Map<String, List<StructureRecord>> byName = records.stream()
                .sorted(Comparator.comparing(StructureRecord::id))
                .collect(Collectors.groupingBy(r -> r.structure().nameKey(), TreeMap::new, Collectors.toList()));
        List<DoubtfulPair> pairs = new ArrayList<>();
        for (List<StructureRecord> sameName : byName.values()) {
            for (int i = 0; i < sameName.size(); i++) {
                for (int j = i + 1; j < sameName.size(); j++) {
                    pairs.add(new DoubtfulPair(sameName.get(i), sameName.get(j)));
                }
            }
        }
        return pairs;
    }
}
