package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.BallotVerifier;
import fr.budgetcitoyen.urn.Cert;
import fr.budgetcitoyen.urn.Ciphertext;
import fr.budgetcitoyen.urn.Decryption;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.EncryptedTally;
import fr.budgetcitoyen.urn.InvalidMessageException;
import fr.budgetcitoyen.urn.Json;
import fr.budgetcitoyen.urn.KeyCeremony;
import fr.budgetcitoyen.urn.PartialDecryption;
import fr.budgetcitoyen.urn.Polynomial;
import fr.budgetcitoyen.urn.SignedMessage;
import fr.budgetcitoyen.urn.ThresholdParameters;
import fr.budgetcitoyen.urn.VOutput;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The urn module as the services use it: messages in and out as the JSON strings the database keeps, and
 * every refusal of the cryptography turned into an {@link UrnException} carrying its French explanation.
 */
@ApplicationScoped
public class UrnCrypto {

    private static final Semaphore VERIFYING = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public String checkCert(String message, int position) {
        return checked(() -> KeyCeremony.checkCert(Json.parse(message), position).serialize());
    }

    public String keyFingerprint(String cert) {
        return checked(() -> Cert.parse(cert).fingerprint());
    }

    public String checkPolynomial(List<String> certs, int threshold, int position, String message) {
        return checked(() -> {
            Polynomial polynomial = Polynomial.fromJson(Json.parse(message));
            KeyCeremony.checkPolynomial(certsOf(certs), threshold, position, polynomial);
            return polynomial.serialize();
        });
    }

    public String vinput(List<String> polynomials, int position) {
        return checked(() -> KeyCeremony.vinputs(polynomials.stream().map(Polynomial::parse).toList())
                .get(position - 1).serialize());
    }

    public String checkVoutput(List<String> certs, List<String> polynomials, int position, String message) {
        return checked(() -> {
            VOutput voutput = VOutput.fromJson(Json.parse(message));
            List<SignedMessage> coefexps = polynomials.stream().map(p -> Polynomial.parse(p).coefexps()).toList();
            KeyCeremony.checkVoutput(certsOf(certs), coefexps, position, voutput);
            return voutput.serialize();
        });
    }

    public String thresholdParameters(int threshold, List<String> certs, List<String> polynomials, List<String> voutputs) {
        return checked(() -> KeyCeremony.thresholdParameters(threshold, certsOf(certs),
                polynomials.stream().map(Polynomial::parse).toList(),
                voutputs.stream().map(VOutput::parse).toList()).serialize());
    }

    public String privateKeyOf(String voutput) {
        return VOutput.parse(voutput).privateKey();
    }

    /** The election of a sealing: the key the holders made, their verification keys, the questions. */
    public Election election(String uuid, String name, String thresholdParameters, List<Election.Question> questions,
                             String earSha256) {
        return checked(() -> {
            ThresholdParameters parameters = ThresholdParameters.parse(thresholdParameters);
            return Election.of(uuid, name, KeyCeremony.electionKey(parameters), parameters.threshold(),
                    parameters.verificationKeyPoints(), questions, earSha256);
        });
    }

    /**
     * Checks a ballot as the board verifier will: every proof, for this election. At most one ballot per
     * core at a time: with sixteen request threads interleaving their multi-scalar multiplications, a ballot's
     * check cost about 15 % more CPU than queueing for a core (measured, bench/RESULTS.md); the queue is fair.
     */
    public Ballot checkBallot(Election election, String json) {
        VERIFYING.acquireUninterruptibly();
        try {
            return checked(() -> {
                Ballot ballot = Ballot.parse(json);
                BallotVerifier.check(election, ballot);
                return ballot;
            });
        } finally {
            VERIFYING.release();
        }
    }

    /** The sum of the ballots' ciphertexts, question by question ({@code rows}: category id, packed ciphertexts). */
    public String encryptedTally(Election election, Stream<Object[]> rows, Map<Long, Integer> questionOfCategory) {
        EncryptedTally tally = new EncryptedTally(election);
        rows.forEachOrdered(row -> tally.add(questionOfCategory.get((Long) row[0]), (byte[]) row[1]));
        return tally.json();
    }

    public String checkPartialDecryption(Urn urn, int position, String message) {
        return checked(() -> {
            PartialDecryption partial = PartialDecryption.fromJson(Json.parse(message));
            if (partial.trustee() != position) {
                throw new InvalidMessageException("décryption partielle signée d'un autre détenteur (" + partial.trustee() + ")");
            }
            Election election = Election.parse(urn.election());
            partial.verify(election.verificationKeys().get(position - 1),
                    EncryptedTally.parse(urn.encryptedTally(), election).ciphertexts());
            return partial.serialize();
        });
    }

    /** Belenios' result: counts decrypted from {@code threshold} partial decryptions, with what proves them. */
    public String combine(Urn urn, List<String> partials, long[] numTallied) {
        return checked(() -> {
            Election election = Election.parse(urn.election());
            EncryptedTally tally = EncryptedTally.parse(urn.encryptedTally(), election);
            List<PartialDecryption> parsed = partials.stream().map(PartialDecryption::parse).toList();
            long[][] counts = Decryption.combine(tally.ciphertexts(), parsed, election.verificationKeys(),
                    election.threshold(), numTallied);
            Map<String, Object> result = new LinkedHashMap<>();
            List<Object> tallied = new ArrayList<>();
            for (long n : numTallied) {
                tallied.add(n);
            }
            result.put("num_tallied", tallied);
            result.put("encrypted_tally", Json.parse(urn.encryptedTally()));
            result.put("partial_decryptions", new ArrayList<Object>(parsed.stream().map(PartialDecryption::toJson).toList()));
            List<Object> rows = new ArrayList<>();
            for (long[] question : counts) {
                List<Object> row = new ArrayList<>();
                for (long c : question) {
                    row.add(c);
                }
                rows.add(row);
            }
            result.put("result", rows);
            return Json.write(result);
        });
    }

    private static List<Cert> certsOf(List<String> certs) {
        return certs.stream().map(Cert::parse).toList();
    }

    private static <T> T checked(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidMessageException e) {
            throw new UrnException("urn.message.invalid", e.getMessage());
        }
    }
}
