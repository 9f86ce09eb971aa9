package fr.budgetcitoyen.web.territory;

import fr.budgetcitoyen.territory.Territory;

import java.util.List;
import java.util.Map;

/** The 8 territories placed on a 600 × 400 schematic map, west (the coast) to east (the mining basin). */
public final class TerritoryMap {

    /** code → {x, y, width, height}. */
    private static final Map<String, int[]> LAYOUT = Map.of(
            "calaisis", new int[]{70, 10, 170, 100},
            "audomarois", new int[]{250, 10, 170, 120},
            "boulonnais", new int[]{10, 120, 160, 110},
            "artois", new int[]{250, 140, 170, 100},
            "lens-lievin", new int[]{430, 120, 160, 75},
            "henin-carvin", new int[]{430, 202, 160, 52},
            "montreuillois-ternois", new int[]{10, 240, 260, 150},
            "arrageois", new int[]{280, 262, 310, 128});

    private TerritoryMap() {
    }

    public static List<TerritoryTile> tiles(List<Territory> territories, Map<String, Long> countByTerritory) {
        return territories.stream().filter(t -> LAYOUT.containsKey(t.code())).map(t -> {
            int[] box = LAYOUT.get(t.code());
            return new TerritoryTile(t.code(), t.name(), box[0], box[1], box[2], box[3],
                    countByTerritory.getOrDefault(t.code(), 0L));
        }).toList();
    }
}
