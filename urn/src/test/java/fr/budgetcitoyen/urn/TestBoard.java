package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A public board as the server publishes it, built from a real key ceremony, for the board verifier's tests. */
final class TestBoard {

    static final Ceremony CEREMONY = new Ceremony(3, 2);

    final Election election;
    final List<Ballot> ballots = new ArrayList<>();
    final long[] participations;
    Map<String, Object> result;

    TestBoard(String uuid, int... answers) {
        List<Election.Question> questions = new ArrayList<>();
        for (int k = 0; k < answers.length; k++) {
            List<String> ids = new ArrayList<>();
            for (int a = 0; a < answers[k]; a++) {
                ids.add(String.valueOf(10 * (k + 1) + a));
            }
            questions.add(new Election.Question("CATEGORIE_" + k, ids));
        }
        ECPoint y = KeyCeremony.electionKey(CEREMONY.parameters);
        election = Election.of(uuid, "Budget citoyen 2026", y, CEREMONY.threshold,
                CEREMONY.parameters.verificationKeyPoints(), questions, "cd".repeat(32));
        participations = new long[answers.length];
    }

    Ballot vote(int question, int choice) {
        Ballot ballot = BallotEncryptor.encrypt(election, question, choice, Pseudonyms.random(), Randomness.secure()).ballot();
        ballots.add(ballot);
        participations[question]++;
        return ballot;
    }

    /** The server's tally of the ballots, decrypted by these holders. */
    TestBoard open(int... trustees) {
        EncryptedTally tally = new EncryptedTally(election);
        long[] numTallied = new long[participations.length];
        for (Ballot b : ballots) {
            tally.add(b);
            numTallied[b.question()]++;
        }
        List<PartialDecryption> partials = new ArrayList<>();
        for (int z : trustees) {
            partials.add(CEREMONY.holder(z).partialDecryption(CEREMONY.voutputs.get(z - 1).privateKey(),
                    tally.ciphertexts(), z));
        }
        long[][] counts = Decryption.combine(tally.ciphertexts(), partials, election.verificationKeys(),
                election.threshold(), numTallied);
        result = new LinkedHashMap<>();
        result.put("num_tallied", new ArrayList<Object>(Arrays.stream(numTallied).boxed().toList()));
        result.put("encrypted_tally", tally.toJson());
        result.put("partial_decryptions", new ArrayList<Object>(partials.stream().map(PartialDecryption::toJson).toList()));
        List<Object> r = new ArrayList<>();
        for (long[] question : counts) {
            r.add(new ArrayList<Object>(Arrays.stream(question).boxed().toList()));
        }
        result.put("result", r);
        return this;
    }

    /** The board as a map, to tamper with before {@link Json#write}. */
    Map<String, Object> toJson() {
        Map<String, Object> board = new LinkedHashMap<>();
        board.put("election", election.json());
        board.put("fingerprint", election.fingerprint());
        board.put("threshold_parameters", Json.parse(CEREMONY.parameters.serialize()));
        board.put("participations", new ArrayList<Object>(Arrays.stream(participations).boxed().toList()));
        board.put("ballots", new ArrayList<Object>(ballots.stream().map(Ballot::toJson).toList()));
        board.put("result", result == null ? null : Json.parse(Json.write(result)));
        return board;
    }

    String json() {
        return Json.write(toJson());
    }
}
