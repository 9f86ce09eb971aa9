package fr.budgetcitoyen.web.comptoir;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.comptoir.ComptoirFigures;
import fr.budgetcitoyen.comptoir.ComptoirService;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.territory.TerritorySummary;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.territory.TerritoryMap;
import fr.budgetcitoyen.web.territory.TerritoryTile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The comptoirs of the edition, {@code /comptoirs?territory=…&workshop=…}: the schematic map of the
 * territories, the agenda month by month and the figures. A GET form, so every view is a shareable link.
 */
@Named
@RequestScoped
public class ComptoirsBacking {

    @EJB private ComptoirService comptoirs;
    @Inject private TerritoryService territories;

    private Campaign campaign;
    private List<ComptoirSession> all = List.of();
    private List<ComptoirSession> sessions = List.of();
    private List<Territory> territoryList;
    private LocalDateTime now;

    @PostConstruct
    void load() {
        territoryList = territories.territories().stream().map(TerritorySummary::territory).toList();
        now = comptoirs.now();
        campaign = comptoirs.edition().orElse(null);
        if (campaign == null) {
            return;
        }
        all = comptoirs.sessions(campaign.id(), null, null);
        Map<String, String> asked = QueryParams.fromRequest("territory", "workshop");
        Workshop theme = QueryParams.enumOrNull(Workshop.class, asked.get("workshop"));
        String where = territoryList.stream().anyMatch(t -> t.code().equals(asked.get("territory"))) ? asked.get("territory") : null;
        sessions = all.stream().filter(s -> where == null || s.territoryCode().equals(where))
                .filter(s -> theme == null || s.workshop() == theme).toList();
    }

    /** The sessions shown, grouped by month in chronological order. */
    public List<Map.Entry<YearMonth, List<ComptoirSession>>> getMonths() {
        return List.copyOf(sessions.stream().collect(Collectors.groupingBy(s -> YearMonth.from(s.startsAt()),
                TreeMap::new, Collectors.toList())).entrySet());
    }

    public List<TerritoryTile> getTiles() {
        return TerritoryMap.tiles(territoryList, all.stream()
                .collect(Collectors.groupingBy(ComptoirSession::territoryCode, Collectors.counting())));
    }

    public List<ComptoirFigures> getFigures() {
        return campaign == null ? List.of() : comptoirs.figures(campaign.id());
    }

    /** Sessions already held say so instead of offering places. */
    public boolean isOver(ComptoirSession session) {
        return session.isOver(now);
    }

    public Campaign getCampaign() { return campaign; }

    public List<ComptoirSession> getSessions() { return sessions; }

    public List<Territory> getTerritories() { return territoryList; }

    public Workshop[] getWorkshops() {
        return Workshop.values();
    }
}
