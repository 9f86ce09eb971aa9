package fr.budgetcitoyen.urn;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Anyone's check of a whole public board ({@code GET /api/campaigns/{year}/board}):
 * {@code {"election":"<sealed string>","fingerprint","threshold_parameters","participations","trackers"?,"ballots","result"}}.
 *
 * <p>It checks the fingerprint, the key ceremony's public outcome against the election, every ballot (on all
 * cores), that no tracker appears twice and no pseudonym votes twice in a category, that no category has more
 * ballots than participations, and, once the urn is opened, that the encrypted tally is the sum of the
 * ballots, that at least {@code t} holders' partial decryptions are proven, and that the published counts
 * are their decryption. It reports every failure it finds rather than stopping at the first.
 *
 * <p>The board is read as a stream, ballot by ballot, so a board of a hundred thousand ballots needs the
 * memory of a few thousand.
 */
public final class BoardVerifier {

    /** Failures kept word for word in the report; beyond, only counted. */
    public static final int MAX_FAILURES = 1000;
    /** Ballots verified together, in parallel, while the rest of the board is still being read. */
    private static final int CHUNK = 2048;
    private static final int MAX_FIELD_CHARS = 64 << 20;
    private static final int MAX_KEY_CHARS = 64;

    private BoardVerifier() {
    }

    public static BoardReport verify(String board) {
        try {
            return verify(new StringReader(board));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BoardReport verify(Reader board) throws IOException {
        return new Run().read(board);
    }

    /** One ballot's verdict, computed on any thread. */
    private record Outcome(String tracker, int question, String pseudonym, List<Ciphertext> choices, String failure) {
    }

    private static final class Run {
        /** One worker per core; the reading thread only parses the board's structure. */
        private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        private final List<String> failures = new ArrayList<>();
        private long failureCount;
        private Election election;
        private EncryptedTally tally;
        private long[] valid;
        private long ballots;
        private List<String> pending = new ArrayList<>();
        private long pendingFirst = 1;
        /** The chunk being verified on every core while the next one is read. */
        private Future<List<Outcome>> inFlight;
        private long inFlightFirst;
        private final Set<String> trackers = new HashSet<>();
        private final Set<String> voters = new HashSet<>();
        private final Map<String, Object> fields = new TreeMap<>();

        BoardReport read(Reader reader) throws IOException {
            try {
                return readAll(new BoardReader(reader));
            } finally {
                pool.shutdownNow();
            }
        }

        private BoardReport readAll(BoardReader in) throws IOException {
            try {
                readTopLevel(in);
            } catch (InvalidMessageException e) {
                fail(e.getMessage());
                return report();
            }
            if (election == null) {
                return report();
            }
            flush();
            drain();
            String fingerprint = fields.get("fingerprint") instanceof String s ? s : null;
            if (!election.fingerprint().equals(fingerprint)) {
                fail("l'empreinte publiée (" + Group.abbreviate(fingerprint) + ") n'est pas celle de l'élection ("
                        + election.fingerprint() + ")");
            }
            thresholdParameters(fields.get("threshold_parameters"));
            participations(fields.get("participations"));
            publishedTrackers(fields.get("trackers"));
            if (fields.get("result") != null) {
                new BoardResult(election, valid, tally, this::fail).check(fields.get("result"));
            }
            return report();
        }

        private void readTopLevel(BoardReader in) throws IOException {
            Set<String> seen = new HashSet<>();
            in.object(MAX_KEY_CHARS, key -> {
                if (!seen.add(key)) {
                    throw in.error("champ « " + key + " » répété");
                }
                switch (key) {
                    case "ballots" -> readBallots(in);
                    case "election" -> election(Json.parse(in.value(Election.MAX_CHARS + 1024)));
                    case "fingerprint", "threshold_parameters", "participations", "result", "trackers" ->
                            fields.put(key, Json.parse(in.value(MAX_FIELD_CHARS)));
                    default -> {
                        fail("champ inattendu « " + Group.abbreviate(key) + " »");
                        in.value(MAX_FIELD_CHARS);
                    }
                }
            });
            if (in.peek() != -1) {
                throw in.error("texte après la fin du tableau");
            }
            for (String required : List.of("election", "fingerprint", "threshold_parameters", "participations",
                    "ballots", "result")) {
                if (!seen.contains(required)) {
                    fail("champ « " + required + " » absent");
                }
            }
        }

        private void election(Object value) {
            if (!(value instanceof String json)) {
                throw new InvalidMessageException("champ « election » : la sérialisation scellée, en chaîne, attendue");
            }
            try {
                election = Election.parse(json);
            } catch (InvalidMessageException e) {
                throw new InvalidMessageException("élection illisible : " + e.getMessage());
            }
            tally = new EncryptedTally(election);
            valid = new long[election.questions().size()];
        }

        private void readBallots(BoardReader in) throws IOException {
            in.array(() -> {
                pending.add(in.value(Ballot.MAX_CHARS));
                ballots++;
                if (pending.size() >= CHUNK && election != null) {
                    flush();
                }
            });
        }

        /**
         * Starts verifying the pending ballots on every core and returns to reading; the chunk before is
         * recorded first, so ballots are recorded in their order.
         */
        private void flush() {
            drain();
            List<String> chunk = pending;
            pending = new ArrayList<>();
            inFlightFirst = pendingFirst;
            pendingFirst += chunk.size();
            inFlight = pool.submit(() -> chunk.parallelStream().map(this::check).toList());
        }

        /** Waits for the chunk being verified and records its outcomes. */
        private void drain() {
            if (inFlight == null) {
                return;
            }
            List<Outcome> outcomes;
            try {
                outcomes = inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("vérification interrompue", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("vérification : " + e.getCause(), e.getCause());
            }
            inFlight = null;
            long index = inFlightFirst;
            for (Outcome o : outcomes) {
                record(index++, o);
            }
        }

        private Outcome check(String raw) {
            String tracker = null;
            try {
                Ballot ballot = Ballot.fromJson(Json.parse(raw));
                tracker = ballot.tracker();
                BallotVerifier.check(election, ballot);
                return new Outcome(tracker, ballot.question(), ballot.pseudonym(), ballot.choices(), null);
            } catch (InvalidMessageException e) {
                return new Outcome(tracker, -1, null, null, e.getMessage());
            }
        }

        private void record(long index, Outcome o) {
            String which = "bulletin n° " + index + (o.tracker() == null ? "" : " (traceur " + o.tracker() + ")");
            if (o.failure() != null) {
                fail(which + " : " + o.failure());
                return;
            }
            if (!trackers.add(o.tracker())) {
                fail(which + " : traceur en double");
                return;
            }
            if (!voters.add(o.question() + "|" + o.pseudonym())) {
                fail(which + " : deuxième bulletin du pseudonyme " + o.pseudonym() + " pour la question "
                        + o.question());
                return;
            }
            valid[o.question()]++;
            tally.add(o.question(), o.choices());
        }

        private void thresholdParameters(Object json) {
            try {
                ThresholdParameters parameters = ThresholdParameters.fromJson(json);
                // Certificates, signed commitments, proofs of knowledge, X_j = Σ_i Σ_k j^k·A_ik; y = Σ_i A_i0.
                election.mismatches(parameters, KeyCeremony.checkThresholdParameters(parameters)).forEach(this::fail);
            } catch (InvalidMessageException e) {
                String why = e.getMessage();
                fail(why.startsWith("paramètres du seuil") ? why : "paramètres du seuil : " + why);
            }
        }

        /**
         * The trackers the board lists during the vote (optional): once the ballots are published, each
         * listed tracker must be a published ballot's and each ballot listed, so none slips in or out.
         */
        private void publishedTrackers(Object json) {
            if (json == null || ballots == 0) {
                return;
            }
            Set<String> listed = new HashSet<>();
            for (Object line : Json.asArray(json, "traceurs")) {
                Object tracker = Json.asObject(line, "traceur").get("tracker");
                if (!(tracker instanceof String t) || !listed.add(t)) {
                    fail("traceur publié mal formé ou en double : " + Group.abbreviate(String.valueOf(tracker)));
                } else if (!trackers.contains(t)) {
                    fail("le traceur " + t + " est publié sans son bulletin");
                }
            }
            trackers.stream().filter(t -> !listed.contains(t))
                    .forEach(t -> fail("le bulletin au traceur " + t + " n'est pas dans la liste des traceurs"));
        }

        private void participations(Object json) {
            try {
                List<Long> participations = BoardResult.counts(json, "participations", valid.length);
                for (int k = 0; k < valid.length; k++) {
                    if (valid[k] > participations.get(k)) {
                        fail("question " + k + " : " + valid[k] + " bulletins pour " + participations.get(k)
                                + " participations");
                    }
                }
            } catch (InvalidMessageException e) {
                fail(e.getMessage());
            }
        }

        private void fail(String failure) {
            failureCount++;
            if (failures.size() < MAX_FAILURES) {
                failures.add(failure);
            }
        }

        private BoardReport report() {
            return new BoardReport(failures, failureCount, ballots, valid == null ? new long[0] : valid,
                    fields.get("result") != null);
        }
    }
}
