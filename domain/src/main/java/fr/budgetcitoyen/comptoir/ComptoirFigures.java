package fr.budgetcitoyen.comptoir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the comptoirs of an edition achieved, per territory and in total, counted like the seeds' report
 * ("15 rencontres, 180 participants, 122 idées"): sessions held, people who came, ideas they brought.
 */
public record ComptoirFigures(String territoryCode, long sessions, long registered, long participants, long ideasCoached) {

    /** One line per territory that had sessions (in the order given), then the total (territory null). */
    public static List<ComptoirFigures> of(Collection<ComptoirSession> sessions, List<String> territoryOrder) {
        Map<String, List<ComptoirSession>> byTerritory = new LinkedHashMap<>();
        territoryOrder.forEach(code -> byTerritory.put(code, new ArrayList<>()));
        sessions.forEach(s -> byTerritory.computeIfAbsent(s.territoryCode(), k -> new ArrayList<>()).add(s));
        List<ComptoirFigures> lines = new ArrayList<>();
        byTerritory.forEach((code, list) -> {
            if (!list.isEmpty()) {
                lines.add(sum(code, list));
            }
        });
        lines.add(sum(null, sessions));
        return List.copyOf(lines);
    }

    private static ComptoirFigures sum(String territoryCode, Collection<ComptoirSession> sessions) {
        return new ComptoirFigures(territoryCode, sessions.size(),
                sessions.stream().mapToLong(s -> s.confirmed().size()).sum(),
                sessions.stream().mapToLong(ComptoirSession::participants).sum(),
                sessions.stream().flatMap(s -> s.registrations().stream())
                        .filter(Registration::hasAttended).map(Registration::ideaId)
                        .filter(Objects::nonNull).distinct().count());
    }

    public boolean isTotal() {
        return territoryCode == null;
    }
}
