package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Json;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.budgetcitoyen.platform.ClockProducer.DEPARTEMENT_ZONE;

/**
 * The procès-verbaux of the urn, in French as the bureau de vote signs them: the sealing (who holds the
 * keys, what the election's fingerprint seals) and the count (who decrypted, what was counted).
 */
@ApplicationScoped
public class UrnMinutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(DEPARTEMENT_ZONE);

    @EJB private CampaignService campaigns;

    /** The edition's title, with its year when the title does not say it. */
    private static String edition(Campaign campaign) {
        String year = String.valueOf(campaign.year());
        return campaign.title().contains(year) ? campaign.title() : campaign.title() + " (" + year + ")";
    }

    public String ofSealing(Campaign campaign, Urn urn, List<KeyHolder> holders, SealedElections.Sealing sealing,
                            String agent, Instant at) {
        StringBuilder pv = new StringBuilder();
        pv.append("PROCÈS-VERBAL DE SCELLEMENT DE L'URNE\n")
                .append(edition(campaign)).append("\n\n")
                .append("Le ").append(WHEN.format(at)).append(", l'urne électronique a été scellée par ").append(agent).append(".\n\n")
                .append("Détenteurs de clé (").append(urn.threshold()).append(" sur ").append(urn.holders())
                .append(" nécessaires pour dépouiller) :\n");
        for (KeyHolder h : holders) {
            pv.append("  ").append(h.position()).append(". ").append(h.displayName())
                    .append(" — empreinte de clé comparée le ").append(WHEN.format(h.comparedAt())).append('\n');
        }
        pv.append("\nQuestions scellées :\n");
        for (Category category : sealing.categories()) {
            pv.append("  ").append(category.name()).append(" :\n");
            for (Project p : sealing.projects().get(category.id())) {
                pv.append("    - ").append(p.title()).append(" (n° ").append(p.id()).append(")\n");
            }
        }
        pv.append("\nEmpreinte de l'élection : ").append(sealing.fingerprint()).append('\n')
                .append("SHA-256 de l'application déployée : ").append(sealing.earSha256()).append('\n')
                .append("\nAucune clé de déchiffrement complète n'existe : chaque détenteur garde sa part sur son propre appareil.\n");
        return pv.toString();
    }

    public String ofCount(Campaign campaign, Urn urn, List<KeyHolder> used, String result, Instant at) {
        Election election = Election.parse(urn.election());
        Map<String, Object> parsed = Json.parseObject(result);
        List<Object> counts = Json.array(parsed, "result");
        Map<String, Project> projects = campaigns.projectsOf(campaign).stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.id()), Function.identity()));
        StringBuilder pv = new StringBuilder();
        pv.append("PROCÈS-VERBAL DE DÉPOUILLEMENT\n")
                .append(edition(campaign)).append("\n\n")
                .append("Le ").append(WHEN.format(at)).append(", l'urne a été dépouillée sans déchiffrer aucun bulletin : ")
                .append("les bulletins chiffrés ont été additionnés, puis ").append(used.size())
                .append(" détenteurs de clé sur ").append(urn.holders()).append(" ont déchiffré ensemble les totaux.\n\n")
                .append("Détenteurs ayant participé :\n");
        used.forEach(h -> pv.append("  ").append(h.position()).append(". ").append(h.displayName()).append('\n'));
        pv.append("\nRésultats :\n");
        for (int q = 0; q < election.questions().size(); q++) {
            Election.Question question = election.question(q);
            String name = campaign.category(question.category()).map(Category::name).orElse(question.category());
            pv.append("  ").append(name).append(" :\n");
            List<Object> row = Json.asArray(counts.get(q), "résultat"); // empty for a category without ballots
            for (int a = 0; a < question.answers().size(); a++) {
                Project p = projects.get(question.answers().get(a));
                pv.append("    - ").append(p == null ? question.answers().get(a) : p.title()).append(" : ")
                        .append(row.isEmpty() ? 0L : row.get(a)).append(" voix\n");
            }
        }
        pv.append("\nEmpreinte de l'élection : ").append(urn.fingerprint()).append('\n')
                .append("Chacun peut refaire ces calculs à partir du tableau d'affichage public.\n");
        return pv.toString();
    }
}
