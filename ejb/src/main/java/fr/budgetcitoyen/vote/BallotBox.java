package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.territory.TerritoryRepository;
import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.BallotEncryptor;
import fr.budgetcitoyen.urn.Ciphertext;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Randomness;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a vote is cast, by the voter alone or with an assistant: runs inside the calling service's
 * transaction, so the participation and the encrypted ballot are written together or not at all. Nothing
 * readable is written: the ballot holds ciphertexts and proofs, the participation no choice.
 */
@Dependent
public class BallotBox {

    @EJB private CampaignService campaigns;
    @Inject private VoteRepository votes;
    @Inject private UrnRepository urns;
    @Inject private SealedElections elections;
    @Inject private UrnCrypto crypto;
    @Inject private OpenBallot openBallot;
    @Inject private TerritoryRepository territories;
    @Inject private Clock clock;

    /**
     * A vote the server encrypts on the voter's behalf (no JavaScript, the assisted vote, the API's
     * {@code {"category", "project"}}): the choice lives only in this request's memory, never in a row.
     */
    public Tracker cast(Voter voter, String categoryCode, long projectId, Long assistantId, IdempotencyKey key) {
        Project project = openBallot.project(projectId)
                .orElseThrow(() -> VoteRefusedException.invalidChoice("vote.refused.PROJECT_NOT_ON_BALLOT"));
        Category category = project.category();
        if (!category.code().equalsIgnoreCase(categoryCode == null ? "" : categoryCode)) {
            boolean known = project.campaign().category(categoryCode == null ? "" : categoryCode).isPresent();
            throw VoteRefusedException.invalidChoice(known ? "vote.refused.WRONG_CATEGORY" : "vote.refused.UNKNOWN_CATEGORY");
        }
        CastVote vote = CastVote.of(voter, territoryOf(voter), category, project, LocalDate.now(clock), assistantId);
        Election election = openBallot.election(project.campaign());
        int question = questionOf(election, category);
        int choice = election.question(question).answers().indexOf(String.valueOf(projectId));
        if (choice < 0) { // on the ballot after the sealing: the urn does not know it
            throw VoteRefusedException.invalidChoice("vote.refused.PROJECT_NOT_ON_BALLOT");
        }
        String pseudonym = urns.pseudonymOf(project.campaign().id(), voter.id());
        Optional<Tracker> replay = replay(category, pseudonym, key);
        if (replay.isPresent()) {
            return replay.get();
        }
        Ballot ballot = BallotEncryptor.encrypt(election, question, choice, pseudonym, Randomness.secure()).ballot();
        return record(vote.participation(), category, ballot, ballot.json(), key);
    }

    /** A ballot the voter's page encrypted: every proof is checked before anything is written. */
    public Tracker castEncrypted(Voter voter, String categoryCode, String ballotJson, Long assistantId,
                                 IdempotencyKey key) {
        Campaign campaign = openBallot.openVote();
        Category category = campaign.category(categoryCode == null ? "" : categoryCode)
                .orElseThrow(() -> VoteRefusedException.invalidChoice("vote.refused.UNKNOWN_CATEGORY"));
        Participation participation = CastVote.participation(voter, territoryOf(voter), category, LocalDate.now(clock), assistantId);
        Election election = openBallot.election(campaign);
        String pseudonym = urns.pseudonymOf(campaign.id(), voter.id());
        Optional<Tracker> replay = replay(category, pseudonym, key);
        if (replay.isPresent()) {
            return replay.get();
        }
        Ballot ballot;
        try {
            ballot = crypto.checkBallot(election, ballotJson);
        } catch (UrnException invalid) {
            throw VoteRefusedException.invalidBallot(invalid.detail());
        }
        if (ballot.question() != questionOf(election, category)) {
            throw VoteRefusedException.invalidChoice("vote.refused.WRONG_CATEGORY");
        }
        if (!ballot.pseudonym().equals(pseudonym)) {
            throw VoteRefusedException.invalidChoice("vote.refused.OTHER_PSEUDONYM");
        }
        return record(participation, category, ballot, ballotJson, key); // parsed, so canonical: as it is
    }

    /** Where the voter's page puts a choice in the sealed election; empty when the vote has no sealed urn. */
    public Optional<EncryptionTarget> target(Voter voter, String categoryCode, long projectId) {
        return campaigns.openFor(PhaseType.VOTE).flatMap(campaign -> urns.find(campaign.id()).filter(Urn::acceptsBallots)
                .flatMap(urn -> {
                    Election election = elections.of(urn);
                    Integer question = SealedElections.questionOfCategory(election).get(categoryCode);
                    if (question == null) {
                        return Optional.empty();
                    }
                    int choice = election.question(question).answers().indexOf(String.valueOf(projectId));
                    return choice < 0 ? Optional.empty() : Optional.of(new EncryptionTarget(campaign.year(), question, choice,
                            urns.pseudonymOf(campaign.id(), voter.id())));
                }));
    }

    /**
     * The participation first: a second vote waits on its unique index and fails there, before any ballot.
     * {@code json} is the ballot's canonical serialisation, written once.
     */
    private Tracker record(Participation participation, Category category, Ballot ballot, String json,
                           IdempotencyKey key) {
        votes.record(participation);
        String tracker = Ballot.tracker(json);
        urns.store(new UrnBallot(participation.campaignId(), participation.categoryId(), ballot.pseudonym(),
                tracker, json, Ciphertext.pack(ballot.choices()), key));
        return new Tracker(category.code(), category.name(), tracker, false);
    }

    /**
     * The answer to a vote sent again with the key of the ballot this pseudonym already cast in the category;
     * empty when there is no key or no such ballot (a ballot cast with another key is « already voted », below).
     */
    private Optional<Tracker> replay(Category category, String pseudonym, IdempotencyKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return urns.ballotOf(category.campaign().id(), category.id(), pseudonym).filter(b -> b.castWith(key))
                .map(b -> new Tracker(category.code(), category.name(), b.tracker(), true));
    }

    private static int questionOf(Election election, Category category) {
        Integer question = SealedElections.questionOfCategory(election).get(category.code());
        if (question == null) {
            throw VoteRefusedException.invalidChoice("vote.refused.PROJECT_NOT_ON_BALLOT");
        }
        return question;
    }

    private String territoryOf(Voter voter) {
        return voter.communeInseeCode() == null ? null
                : territories.territoryOfCommune(voter.communeInseeCode()).orElse(null);
    }

    /** The open vote as this voter sees it; empty when no vote is open. */
    public Optional<VoterBallot> ballotOf(Voter voter) {
        return campaigns.openFor(PhaseType.VOTE).map(campaign -> new VoterBallot(campaign,
                VoterEligibility.refusals(voter, campaign, campaigns.today()),
                votes.categoriesVotedBy(voter.id(), campaign.id()),
                campaigns.projectsOf(campaign).stream().filter(Project::isOnBallot).toList()));
    }
}
