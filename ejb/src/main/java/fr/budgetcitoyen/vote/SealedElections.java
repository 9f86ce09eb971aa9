package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.urn.Election;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sealed elections, parsed once: a sealed election never changes, and every ballot is checked against it
 * (the election's public key keeps BouncyCastle's precomputation from one ballot to the next).
 */
@ApplicationScoped
public class SealedElections {

    /** What a sealing fixes: the election's serialisation, its fingerprint and the deployed EAR's hash. */
    public record Sealing(String election, String fingerprint, String earSha256, List<Category> categories,
                          Map<Long, List<Project>> projects) {
    }

    private final Map<String, Election> parsed = new ConcurrentHashMap<>();

    @EJB private CampaignService campaigns;
    @Inject private UrnCrypto crypto;
    @Inject private EarFingerprint ear;

    public Election of(Urn urn) {
        if (!urn.isSealed()) {
            throw new UrnException("urn.notSealed");
        }
        return parsed.computeIfAbsent(urn.fingerprint(), fingerprint -> Election.parse(urn.election()));
    }

    /** The election of a sealing: one question per category with projects on its ballot, in their order. */
    public Sealing sealing(Campaign campaign, Urn urn) {
        List<Project> onBallot = campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot)
                .sorted(Comparator.comparing(Project::id)).toList();
        List<Election.Question> questions = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        Map<Long, List<Project>> projects = new HashMap<>();
        for (Category category : campaign.categories()) {
            List<Project> ofCategory = onBallot.stream().filter(p -> p.category().id().equals(category.id())).toList();
            if (!ofCategory.isEmpty()) {
                categories.add(category);
                projects.put(category.id(), ofCategory);
                questions.add(new Election.Question(category.code(), ofCategory.stream().map(p -> String.valueOf(p.id())).toList()));
            }
        }
        if (questions.isEmpty()) {
            throw new UrnException("urn.seal.noProject");
        }
        String earSha256 = ear.sha256();
        Election election = crypto.election(UUID.randomUUID().toString(), "Budget citoyen " + campaign.year(),
                urn.thresholdParameters(), questions, earSha256);
        return new Sealing(election.json(), election.fingerprint(), earSha256, categories, projects);
    }

    /** The question index of each category code of a sealed election. */
    public static Map<String, Integer> questionOfCategory(Election election) {
        Map<String, Integer> questions = new HashMap<>();
        for (int i = 0; i < election.questions().size(); i++) {
            questions.put(election.question(i).category(), i);
        }
        return questions;
    }
}
