package fr.budgetcitoyen.vote;

import java.util.List;
import java.util.Map;

/** An edition's urn as agents and the public board show it. */
public record UrnView(int year, Urn urn, List<HolderView.Fingerprint> holders, Map<Long, Long> ballotsPerCategory,
                      Map<Long, Long> participationsPerCategory) {

    public long ballots() {
        return ballotsPerCategory.values().stream().mapToLong(Long::longValue).sum();
    }
}
