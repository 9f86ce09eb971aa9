package fr.budgetcitoyen.research;

import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.labelling.EssMarker;
import fr.budgetcitoyen.labelling.Radar;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.Money;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One project of the research dataset, anonymised by construction: it is built from the project's public and
 * structural facts only. Never the carrier's owner account, address, commune, registration number or adult
 * referent, never a committee member's name or comment, never a report's free text. The title and the structure's
 * name appear only for a project the portal published (on the ballot of a public edition), where anyone reads
 * them already; a file that never reached the ballot stays nameless. The committee's averages appear only when
 * at least the turnout's minimum group scored the file, so that no member's own scores can be read back.
 */
public record ProjectRecord(int edition, Long projectId, String category, String theme, String territory, String legalForm,
                            String status, boolean published, String title, String structure, BigDecimal totalCostEur,
                            BigDecimal requestedEur, int committeeMembers, Map<EssMarker, BigDecimal> radar, Long votes,
                            boolean funded, BigDecimal grantedEur, BigDecimal paidEur, Integer reportYear, Boolean stillActive,
                            Integer volunteers, Integer employees) {

    public ProjectRecord {
        radar = Map.copyOf(radar);
    }

    /**
     * @param radar   the committee's averages (empty when nobody scored)
     * @param votes   its votes once the edition's vote is over, else null
     * @param granted the grant decided, null when not funded
     * @param paid    what was paid of it
     */
    public static ProjectRecord of(Project project, Radar radar, int minimumGroup, Long votes, Money granted, Money paid,
                                   Optional<StatusReport> latest) {
        boolean published = project.isOnBallot() && project.campaign().isPublic();
        boolean radarShown = radar.members() >= minimumGroup;
        LegalForm legalForm = project.carrier().legalForm();
        return new ProjectRecord(project.campaign().year(), project.id(), project.category().code(),
                project.theme().map(Enum::name).orElse(null), project.territory().code(),
                legalForm == null ? null : legalForm.name(), project.status().name(), published,
                published ? project.title() : null, published ? project.carrier().name() : null,
                amount(project.totalCost()), amount(project.requestedAmount()), radar.members(),
                radarShown ? radar.averages() : Map.of(), votes, granted != null, amount(granted),
                granted == null ? null : amount(paid), latest.map(StatusReport::year).orElse(null),
                latest.map(StatusReport::active).orElse(null), latest.map(StatusReport::volunteers).orElse(null),
                latest.map(StatusReport::employees).orElse(null));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
