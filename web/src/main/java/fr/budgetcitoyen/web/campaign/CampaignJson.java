package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.EditionFigures;
import fr.budgetcitoyen.campaign.Phase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the campaigns API. Amounts are in euros, as exact decimals. */
public final class CampaignJson {

    private CampaignJson() {
    }

    public record Summary(int year, String title, BigDecimal envelope, String currency, String status,
                          String progress, String currentPhase, String href) {
    }

    public record Detail(int year, String title, BigDecimal envelope, String currency, String status,
                         String progress, String currentPhase, LocalDate today, long projectsOnBallot,
                         List<PhaseJson> phases,
                         List<CategoryJson> categories, FiguresJson reportedFigures) {
    }

    public record PhaseJson(String type, LocalDate start, LocalDate end, boolean open, boolean current) {
    }

    public record CategoryJson(String code, String name, String description, BigDecimal maxShareOfCostPercent,
                               BigDecimal ceiling) {
    }

    public record FiguresJson(Integer ideasDeposited, Integer comptoirSessions, Integer comptoirParticipants,
                              Integer projectsDeposited, Integer projectsLabelled, Integer projectsFunded,
                              Integer voters) {
    }

    static Summary summary(CampaignOverview overview) {
        Campaign c = overview.campaign();
        return new Summary(c.year(), c.title(), c.envelope().amount(), "EUR", c.status().name(),
                overview.progress().name(), currentPhase(overview), "/api/campaigns/" + c.year());
    }

    static Detail detail(CampaignOverview overview) {
        Campaign c = overview.campaign();
        List<PhaseJson> phases = c.calendar().phases().stream().map(p -> phase(p, overview)).toList();
        List<CategoryJson> categories = c.categories().stream().map(CampaignJson::category).toList();
        FiguresJson figures = c.reportedFigures().map(CampaignJson::figures).orElse(null);
        return new Detail(c.year(), c.title(), c.envelope().amount(), "EUR", c.status().name(),
                overview.progress().name(), currentPhase(overview), overview.today(), overview.projectsOnBallot(),
                phases, categories, figures);
    }

    private static String currentPhase(CampaignOverview overview) {
        return overview.currentPhase().map(p -> p.type().name()).orElse(null);
    }

    private static PhaseJson phase(Phase p, CampaignOverview overview) {
        return new PhaseJson(p.type().name(), p.startDate(), p.endDate(), p.isOpenOn(overview.today()),
                overview.isCurrent(p));
    }

    private static CategoryJson category(Category c) {
        return new CategoryJson(c.code(), c.name(), c.description(), c.supportRule().maxSharePercent(),
                c.supportRule().ceiling().amount());
    }

    private static FiguresJson figures(EditionFigures f) {
        return new FiguresJson(f.ideasDeposited(), f.comptoirSessions(), f.comptoirParticipants(),
                f.projectsDeposited(), f.projectsLabelled(), f.projectsFunded(), f.voters());
    }
}
