package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Json;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The urn's public bulletin board: what anyone needs to check the vote without trusting the server —
 * the sealed election, the holders' public keys, each ballot's tracker and pseudonym, and once the vote
 * is over the encrypted ballots with their proofs, the encrypted totals, the partial decryptions and the counts.
 */
@Stateless
@PermitAll
public class UrnBoard {

    /** A line of the board during the vote: a ballot's tracker, pseudonym and category, never its content. */
    public record Line(String tracker, String pseudonym, String categoryCode) {
    }

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private UrnRepository urns;

    @Inject
    private Clock clock;

    /** The board as JSON (the format the verifier reads), or empty when the edition has no sealed urn. */
    public Optional<String> json(int year) {
        return sealed(year).map(found -> {
            Campaign campaign = found.campaign();
            Urn urn = found.urn();
            Election election = Election.parse(urn.election());
            boolean over = BallotPublication.isPublished(campaign, LocalDate.now(clock));
            Map<Long, Long> participations = urns.participationsPerCategory(campaign.id());
            Map<String, Object> board = new LinkedHashMap<>();
            board.put("election", urn.election());
            board.put("fingerprint", urn.fingerprint());
            board.put("threshold_parameters", Json.parse(urn.thresholdParameters()));
            List<Object> perQuestion = new ArrayList<>();
            for (Election.Question q : election.questions()) {
                perQuestion.add(participations.getOrDefault(campaign.category(q.category()).orElseThrow().id(), 0L));
            }
            board.put("participations", perQuestion);
            List<UrnBallot> ballots = urns.ballots(campaign.id());
            List<Object> trackers = new ArrayList<>();
            List<Object> full = new ArrayList<>();
            for (UrnBallot b : ballots) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("tracker", b.tracker());
                line.put("pseudonym", b.pseudonym());
                trackers.add(line);
                if (over) {
                    full.add(Json.parse(b.ballot()));
                }
            }
            board.put("trackers", trackers);
            board.put("ballots", full);
            board.put("result", urn.result() == null ? null : Json.parse(urn.result()));
            return Json.write(board);
        });
    }

    /** The sealed election's exact serialisation, which the voter's page encrypts for. */
    public Optional<String> election(int year) {
        return sealed(year).map(found -> found.urn().election());
    }

    /** The category code of the ballot with this tracker in this edition, if the urn holds it. */
    public Optional<String> categoryOfTracker(int year, String tracker) {
        String typed = tracker == null ? "" : tracker.strip();
        return sealed(year).flatMap(found -> urns.byTracker(typed).filter(b -> b.campaignId().equals(found.campaign().id()))
                .flatMap(b -> found.campaign().categories().stream().filter(c -> c.id().equals(b.categoryId())).findFirst())
                .map(c -> c.code()));
    }

    /** A page of the board's lines, by category then tracker. */
    public List<Line> lines(int year, int first, int max) {
        return sealed(year).map(found -> urns.lines(found.campaign().id(), Math.max(0, first), Math.max(0, max)).stream()
                .map(row -> new Line((String) row[0], (String) row[1], found.campaign().categories().stream()
                        .filter(c -> c.id().equals(row[2])).findFirst().map(c -> c.code()).orElse("")))
                .toList()).orElse(List.of());
    }

    private record Found(Campaign campaign, Urn urn) {
    }

    private Optional<Found> sealed(int year) {
        return campaigns.findByYear(year).filter(Campaign::isPublic)
                .flatMap(c -> urns.find(c.id()).filter(Urn::isSealed).map(u -> new Found(c, u)));
    }
}
