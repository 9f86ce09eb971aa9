package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Json;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    @Inject private CampaignRepository campaigns;
    @Inject private UrnRepository urns;
    @Inject private SealedElections elections;
    @Inject private Clock clock;

    /**
     * Writes the board as JSON (the format the verifier reads), ballot after ballot as the database gives
     * them: a large edition's board (about 25 KB per 20-project ballot) never sits whole in memory. The
     * ballots are written as stored, their canonical serialisation (the one their tracker hashes).
     */
    public void write(int year, Writer out) throws IOException {
        Found found = sealed(year).orElseThrow(() -> new UrnException("urn.none"));
        Campaign campaign = found.campaign();
        Urn urn = found.urn();
        Election election = elections.of(urn);
        Map<Long, Long> participations = urns.participationsPerCategory(campaign.id());
        List<Object> perQuestion = new ArrayList<>();
        for (Election.Question q : election.questions()) {
            perQuestion.add(participations.getOrDefault(campaign.category(q.category()).orElseThrow().id(), 0L));
        }
        out.write("{\"election\":" + Json.write(urn.election()) + ",\"fingerprint\":" + Json.write(urn.fingerprint())
                + ",\"threshold_parameters\":" + Json.write(Json.parse(urn.thresholdParameters()))
                + ",\"participations\":" + Json.write(perQuestion) + ",\"trackers\":[");
        try (Stream<Object[]> lines = urns.trackers(campaign.id())) {
            String separator = "";
            for (Object[] line : (Iterable<Object[]>) lines::iterator) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("tracker", line[0]);
                entry.put("pseudonym", line[1]);
                out.write(separator + Json.write(entry));
                separator = ",";
            }
        }
        out.write("],\"ballots\":[");
        if (BallotPublication.isPublished(campaign, LocalDate.now(clock))) {
            try (Stream<String> ballots = urns.ballotTexts(campaign.id())) {
                String separator = "";
                for (String ballot : (Iterable<String>) ballots::iterator) {
                    out.write(separator);
                    out.write(ballot);
                    separator = ",";
                }
            }
        }
        out.write("],\"result\":" + (urn.result() == null ? "null" : Json.write(Json.parse(urn.result()))) + "}");
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
