import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.BallotEncryptor;
import fr.budgetcitoyen.urn.BallotVerifier;
import fr.budgetcitoyen.urn.BoardReport;
import fr.budgetcitoyen.urn.BoardVerifier;
import fr.budgetcitoyen.urn.Cert;
import fr.budgetcitoyen.urn.Ciphertext;
import fr.budgetcitoyen.urn.Decryption;
import fr.budgetcitoyen.urn.DiscreteLog;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.EncryptedTally;
import fr.budgetcitoyen.urn.Group;
import fr.budgetcitoyen.urn.HolderKeys;
import fr.budgetcitoyen.urn.Json;
import fr.budgetcitoyen.urn.KeyCeremony;
import fr.budgetcitoyen.urn.KeyHolder;
import fr.budgetcitoyen.urn.PartialDecryption;
import fr.budgetcitoyen.urn.Polynomial;
import fr.budgetcitoyen.urn.Proof;
import fr.budgetcitoyen.urn.Pseudonyms;
import fr.budgetcitoyen.urn.ThresholdParameters;
import fr.budgetcitoyen.urn.VInput;
import fr.budgetcitoyen.urn.VOutput;
import org.bouncycastle.math.ec.ECPoint;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The count's two heavy computations, on synthetic data (run with
 * {@code java -Xmx… -cp urn/target/urn.jar:<bcprov jar> bench/urn/TallyBench.java …}, no build step).
 *
 * <p>{@code tally BALLOTS ANSWERS THREADS MAX_SECONDS COMPRESSED_COUNT}: the homomorphic sum of BALLOTS ballots
 * of ANSWERS answers with {@link EncryptedTally#add(int, byte[])}, from the packed bytes the server stores
 * ({@link Ciphertext#pack}), THREADS partial tallies merged at the end, stopped at MAX_SECONDS. The ballots are
 * synthetic: ANSWERS real encryptions (one per choice) re-randomised (adding encryptions of 0) into a pool of
 * 256 ciphertexts per answer and weight, each ballot drawing its ciphertexts from the pool (untimed); the
 * decrypted sum must equal the choices drawn. Then the cost per point of decompressing, of decoding an
 * uncompressed point, of an addition; and the same sum from compressed points on COMPRESSED_COUNT ballots.
 *
 * <p>{@code board BALLOTS ANSWERS BASES FILE}: writes a synthetic public board of BALLOTS valid ballots
 * (a real in-process key ceremony of 3 holders, threshold 2; BASES real encryptions, each re-bound to
 * BALLOTS/BASES pseudonyms: same ciphertexts and commitments, the proofs' challenges and real responses
 * recomputed for each pseudonym), the encrypted tally, 2 partial decryptions and the result; then times
 * {@link BoardVerifier#verify(java.io.Reader)} on the file.
 */
public class TallyBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tally" -> tally(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "board" -> board(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Path.of(args[4]));
            default -> throw new IllegalArgumentException("tally … | board …");
        }
    }

    static List<String> answers(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.valueOf(1000 + i)).toList();
    }

    static String ear() {
        return "0123456789abcdef".repeat(4);
    }

    // ---------------------------------------------------------------------------------------------------
    // The homomorphic tally

    static void tally(int count, int answers, int threads, int maxSeconds, int compressedCount) throws Exception {
        // A single key (the tally does not need holders); decrypted directly with x at the end.
        BigInteger x = Group.randomScalar();
        ECPoint y = Group.mulG(x);
        Election election = Election.of(UUID.randomUUID().toString(), "Banc d'essai du décompte", y, 1,
                List.of(Group.mulG(Group.randomScalar())), List.of(new Election.Question("BANC", answers(answers))), ear());
        int bytes = Ciphertext.BYTES; // the module's stored form: 2 points per answer (66 compressed, 130 uncompressed)
        System.out.printf("Stored form (Ciphertext.pack): %d bytes per answer, %s points%n", bytes,
                Ciphertext.POINT_BYTES == 33 ? "compressed" : Ciphertext.POINT_BYTES == 65 ? "uncompressed" : "?");

        // The pool: POOL re-randomisations per answer and weight of ANSWERS real encryptions.
        final int pool = 256;
        long t0 = System.nanoTime();
        List<Ballot> real = IntStream.range(0, answers).parallel().mapToObj(c -> BallotEncryptor.encrypt(election, 0, c,
                Pseudonyms.random(), fr.budgetcitoyen.urn.Randomness.secure()).ballot()).toList();
        byte[][][][] stored = new byte[answers][2][pool][]; // [answer][weight][i] -> Ciphertext.pack of one ciphertext
        byte[][][][] compressed = new byte[answers][2][pool][]; // the same ciphertext, 2 compressed points (66 bytes)
        IntStream.range(0, answers).parallel().forEach(a -> {
            SplittableRandom r = new SplittableRandom(a);
            for (int m = 0; m < 2; m++) {
                for (int i = 0; i < pool; i++) {
                    int source = m == 1 ? a : (a + 1 + r.nextInt(answers - 1)) % answers; // ballot `source` chose `source`
                    Ciphertext c = real.get(source).choices().get(a);
                    BigInteger s = Group.randomScalar();
                    Ciphertext again = new Ciphertext(c.alpha().add(Group.mulG(s)).normalize(),
                            c.beta().add(Group.mul(y, s)).normalize());
                    stored[a][m][i] = Ciphertext.pack(List.of(again));
                    compressed[a][m][i] = concat(again.alpha().getEncoded(true), again.beta().getEncoded(true));
                }
            }
        });
        System.out.printf("Pool: %d real encryptions of %d answers re-randomised into %d ciphertexts per answer and weight"
                + " in %.1f s (untimed)%n", answers, answers, pool, (System.nanoTime() - t0) / 1e9);

        // The ballots: a random choice each, its ciphertexts drawn from the pool, packed as the server stores them.
        t0 = System.nanoTime();
        long seed = Long.getLong("seed", System.nanoTime());
        long[] expected = new long[answers];
        int[] choices = new int[count];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            choices[i] = random.nextInt(answers);
            expected[choices[i]]++;
        }
        byte[][] packed = fill(count, answers, threads, seed + 1, choices, stored, pool);
        System.out.printf("Ballots: %,d of %d answers (%.2f GB packed) in %.1f s (untimed; seed %d)%n", count, answers,
                count * (double) answers * bytes / 1e9, (System.nanoTime() - t0) / 1e9, seed);

        // Timed: EncryptedTally.add from the packed bytes, one partial tally per thread, merged, normalised.
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        int chunk = (count + threads - 1) / threads;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> parts = new ArrayList<>();
        EncryptedTally[] partials = new EncryptedTally[threads];
        t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int th = t;
            parts.add(executor.submit(() -> {
                EncryptedTally mine = new EncryptedTally(election);
                int done = 0;
                for (int i = th * chunk; i < Math.min(count, (th + 1) * chunk); i++) {
                    mine.add(0, packed[i]);
                    if (++done % 1024 == 0 && System.nanoTime() > deadline) {
                        break;
                    }
                }
                partials[th] = mine;
                return done;
            }));
        }
        long added = 0;
        for (Future<Integer> f : parts) {
            added += f.get();
        }
        EncryptedTally total = partials[0];
        for (int t = 1; t < threads; t++) {
            total.add(partials[t]);
        }
        List<Ciphertext> sums = total.ciphertexts().get(0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        executor.shutdown();
        boolean complete = added == count;
        System.out.printf("tally_ballots=%d of %d, threads=%d, seconds=%.1f, ballots_per_s=%.0f, us_per_ballot_per_thread=%.0f%s%n",
                added, count, threads, seconds, added / seconds, seconds * 1e6 * threads / added,
                complete ? "" : " (STOPPED at the time limit: partial)");
        if (!complete) {
            System.out.printf("projected_seconds_for_%d=%.0f%n", count, seconds * count / added);
        } else {
            // The sum decrypts to the choices drawn: m·G = β − x·α, m found by baby-step giant-step.
            long[] got = new long[answers];
            for (int a = 0; a < answers; a++) {
                Ciphertext c = sums.get(a);
                got[a] = DiscreteLog.of(c.beta().subtract(c.alpha().multiply(x)).normalize(), count);
            }
            System.out.println("decrypted " + Arrays.toString(got));
            System.out.println("drawn     " + Arrays.toString(expected));
            System.out.println("tally_correct=" + (Arrays.equals(got, expected) ? "yes" : "no"));
        }
        packed[0] = null;
        Arrays.fill(packed, null); // let the collector take them back before the comparison

        // Where the time goes, per point, one thread (each measure ~3 s after a warm-up).
        byte[][] some = new byte[4096][];
        byte[][] someRaw = new byte[4096][];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < some.length; i++) {
            int a = r.nextInt(answers);
            int m = r.nextInt(2);
            int k = r.nextInt(pool);
            some[i] = Arrays.copyOf(compressed[a][m][k], 33);
            Ciphertext c = Ciphertext.unpack(stored[a][m][k]).get(0);
            someRaw[i] = c.alpha().getEncoded(false);
        }
        double decompress = perOp(i -> Group.CURVE.decodePoint(some[i & 4095]));
        double decodeRaw = perOp(i -> Group.CURVE.decodePoint(someRaw[i & 4095]));
        ECPoint[] points = new ECPoint[4096];
        for (int i = 0; i < points.length; i++) {
            points[i] = Group.CURVE.decodePoint(some[i]);
        }
        ECPoint[] acc = {Group.identity()};
        double add = perOp(i -> acc[0] = acc[0].add(points[i & 4095]));
        System.out.printf("per_point_us: decompress=%.2f decode_uncompressed_validated=%.2f add=%.2f%n", decompress, decodeRaw, add);

        // For comparison, the same sum from compressed points (the stored form before 2026-12-06 23:12), timed the
        // same way on COMPRESSED_COUNT ballots: decompress each point, add it.
        if (compressedCount > 0) {
            byte[][] small = fill(compressedCount, answers, threads, seed + 2, choices, compressed, pool);
            int part = (compressedCount + threads - 1) / threads;
            executor = Executors.newFixedThreadPool(threads);
            List<Future<ECPoint[]>> cparts = new ArrayList<>();
            t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int th = t;
                cparts.add(executor.submit(() -> {
                    ECPoint[] sum = new ECPoint[2 * answers];
                    Arrays.fill(sum, Group.identity());
                    byte[] one = new byte[33];
                    for (int i = th * part; i < Math.min(compressedCount, (th + 1) * part); i++) {
                        for (int p = 0; p < 2 * answers; p++) {
                            System.arraycopy(small[i], p * 33, one, 0, 33);
                            sum[p] = sum[p].add(Group.CURVE.decodePoint(one));
                        }
                    }
                    return sum;
                }));
            }
            ECPoint[] all = new ECPoint[2 * answers];
            Arrays.fill(all, Group.identity());
            for (Future<ECPoint[]> f : cparts) {
                ECPoint[] one = f.get();
                for (int p = 0; p < one.length; p++) {
                    all[p] = all[p].add(one[p]);
                }
            }
            Group.CURVE.normalizeAll(all);
            double cs = (System.nanoTime() - t0) / 1e9;
            executor.shutdown();
            System.out.printf("compressed_comparison: %d ballots, threads=%d, seconds=%.1f, ballots_per_s=%.0f,"
                    + " projected_seconds_for_%d=%.0f%n", compressedCount, threads, cs, compressedCount / cs, count,
                    cs * count / compressedCount);
        }
    }

    /** COUNT packed ballots, answer a's ciphertext drawn from pool[a][weight], on THREADS threads. */
    static byte[][] fill(int count, int answers, int threads, long seed, int[] choices, byte[][][][] pool, int size) {
        byte[][] packed = new byte[count][];
        int chunk = (count + threads - 1) / threads;
        int width = pool[0][0][0].length;
        IntStream.range(0, threads).parallel().forEach(t -> {
            SplittableRandom r = new SplittableRandom(seed + t);
            for (int i = t * chunk; i < Math.min(count, (t + 1) * chunk); i++) {
                byte[] b = new byte[answers * width];
                for (int a = 0; a < answers; a++) {
                    System.arraycopy(pool[a][a == choices[i] ? 1 : 0][r.nextInt(size)], 0, b, a * width, width);
                }
                packed[i] = b;
            }
        });
        return packed;
    }

    interface Op {
        void run(int i);
    }

    /** Microseconds per call of {@code op}, one thread, after ~1 s of warm-up, over ~3 s (at most 10^8 calls). */
    static double perOp(Op op) {
        long warm = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < 100_000_000 && System.nanoTime() < warm; i++) {
            op.run(i);
        }
        long t0 = System.nanoTime();
        long end = t0 + 3_000_000_000L;
        int n = 0;
        while (n < 100_000_000 && (n % 256 != 0 || System.nanoTime() < end)) {
            op.run(n++);
        }
        return (System.nanoTime() - t0) / 1e3 / n;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---------------------------------------------------------------------------------------------------
    // A synthetic public board, and BoardVerifier on it

    /** A real encryption with the scalars it drew, in the README's order. */
    record Base(Ballot ballot, int choice, List<BigInteger> drawn, ECPoint sumAlpha, ECPoint sumBeta) {
    }

    static void board(int count, int answers, int bases, Path file) throws Exception {
        long t0 = System.nanoTime();
        // The key ceremony, in process, as DemoUrnLoader does it: 3 holders, threshold 2.
        List<KeyHolder> holders = IntStream.range(0, 3).mapToObj(i -> KeyHolder.fromSeed(HolderKeys.generateSeed())).toList();
        List<Cert> certs = holders.stream().map(KeyHolder::cert).toList();
        List<Polynomial> polynomials = holders.stream().map(h -> h.polynomial(certs, 2)).toList();
        List<VInput> vinputs = KeyCeremony.vinputs(polynomials);
        List<VOutput> voutputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            voutputs.add(holders.get(i).voutput(certs, vinputs.get(i)));
        }
        ThresholdParameters parameters = KeyCeremony.thresholdParameters(2, certs, polynomials, voutputs);
        Election election = Election.of(UUID.randomUUID().toString(), "Banc d'essai du vérificateur",
                KeyCeremony.electionKey(parameters), 2, parameters.verificationKeyPoints(),
                List.of(new Election.Question("BANC", answers(answers))), ear());
        System.out.printf("Key ceremony (3 holders, threshold 2) and election in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        List<Base> real = IntStream.range(0, bases).parallel().mapToObj(b -> {
            List<BigInteger> drawn = new ArrayList<>();
            int choice = b % answers;
            Ballot ballot = BallotEncryptor.encrypt(election, 0, choice, Pseudonyms.random(), () -> {
                BigInteger k = Group.randomScalar();
                drawn.add(k);
                return k;
            }).ballot();
            ECPoint sa = Group.identity();
            ECPoint sb = Group.identity();
            for (Ciphertext c : ballot.choices()) {
                sa = sa.add(c.alpha());
                sb = sb.add(c.beta());
            }
            return new Base(ballot, choice, drawn, sa.normalize(), sb.normalize());
        }).toList();
        System.out.printf("%d real encryptions of %d answers in %.1f s%n", bases, answers, (System.nanoTime() - t0) / 1e9);

        // Re-bound ballots: base b % BASES with a fresh pseudonym; a few checked here before writing.
        t0 = System.nanoTime();
        EncryptedTally tally = new EncryptedTally(election);
        List<String> trackers = new ArrayList<>(count);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            out.write("{\"election\":");
            out.write(Json.write(election.json()));
            out.write(",\"fingerprint\":" + Json.write(election.fingerprint()));
            out.write(",\"threshold_parameters\":" + parameters.serialize());
            out.write(",\"participations\":[" + count + "]");
            out.write(",\"ballots\":[");
            int step = 4096;
            for (int from = 0; from < count; from += step) {
                int f = from;
                List<Ballot> made = IntStream.range(from, Math.min(count, from + step)).parallel()
                        .mapToObj(i -> rebind(election, real.get(i % bases), Pseudonyms.random())).toList();
                List<String> json = made.parallelStream().map(Ballot::json).toList();
                // The board lists {"tracker","pseudonym"} per ballot, as the server's does.
                List<String> tr = made.parallelStream().map(b -> "{\"tracker\":" + Json.write(b.tracker())
                        + ",\"pseudonym\":" + Json.write(b.pseudonym()) + "}").toList();
                if (f == 0) {
                    for (int i = 0; i < Math.min(10, made.size()); i++) {
                        BallotVerifier.check(election, made.get(i));
                    }
                }
                for (int i = 0; i < made.size(); i++) {
                    if (f + i > 0) {
                        out.write(',');
                    }
                    out.write(json.get(i));
                    tally.add(made.get(i));
                }
                trackers.addAll(tr);
            }
            out.write("],\"trackers\":[");
            for (int i = 0; i < trackers.size(); i++) {
                out.write((i > 0 ? "," : "") + trackers.get(i));
            }
            out.write("],\"result\":");
            // The count: 2 of the 3 holders decrypt the tally.
            List<PartialDecryption> partials = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                partials.add(holders.get(i).partialDecryption(voutputs.get(i).privateKey(), tally, i + 1));
            }
            long[][] counts = Decryption.combine(tally, partials, election.verificationKeys(), 2, new long[] {count});
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("num_tallied", new ArrayList<Object>(List.of((long) count)));
            result.put("encrypted_tally", tally.toJson());
            result.put("partial_decryptions", new ArrayList<Object>(partials.stream().map(PartialDecryption::toJson).toList()));
            result.put("result", new ArrayList<Object>(List.of(new ArrayList<Object>(
                    Arrays.stream(counts[0]).boxed().map(Object.class::cast).toList()))));
            out.write(Json.write(result));
            out.write("}");
        }
        System.out.printf("Board of %,d ballots written (%.2f GB) in %.1f s (untimed)%n", count, Files.size(file) / 1e9,
                (System.nanoTime() - t0) / 1e9);

        // Timed: the verifier on the file, as `urn-tool verify --board` runs it.
        t0 = System.nanoTime();
        BoardReport report;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = BoardVerifier.verify(in);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println(report.summary().lines().limit(5).reduce((a, b) -> a + "\n" + b).orElse(""));
        System.out.printf("verifier_ballots=%d seconds=%.1f ballots_per_s=%.0f cores=%d verified=%s%n", report.ballots(),
                seconds, report.ballots() / seconds, Runtime.getRuntime().availableProcessors(),
                report.verified() ? "yes" : "no");
    }

    /**
     * The base ballot for another pseudonym. The context of every proof is {@code fingerprint|pseudonym|question}, and
     * only the hash-derived scalars depend on it: the ciphertexts, all the commitments, the simulated
     * branches' challenges and responses stay; the real branches' {@code c_m = c − c_sim}, {@code s_m = w + r·c_m}
     * and the overall proof's {@code c}, {@code s = w + Σr·c} are recomputed (scalar arithmetic and hashes only).
     */
    static Ballot rebind(Election election, Base base, String pseudonym) {
        Ballot b = base.ballot();
        String context = election.fingerprint() + "|" + pseudonym + "|" + b.question();
        BigInteger q = Group.Q;
        List<List<Proof>> individual = new ArrayList<>();
        BigInteger sumR = BigInteger.ZERO;
        int at = 0;
        for (int k = 0; k < b.choices().size(); k++) {
            BigInteger r = base.drawn().get(at);
            BigInteger cSim = base.drawn().get(at + 1);
            BigInteger w = base.drawn().get(at + 3);
            at += 4;
            sumR = sumR.add(r);
            int m = k == base.choice() ? 1 : 0;
            List<Proof> pair = b.individualProofs().get(k);
            Ciphertext ct = b.choices().get(k);
            BigInteger c = challenge(context, ct.alpha(), ct.beta(), pair);
            BigInteger cm = c.subtract(cSim).mod(q);
            Proof real = new Proof(pair.get(m).commitmentA(), pair.get(m).commitmentB(), cm, w.add(r.multiply(cm)).mod(q));
            individual.add(m == 0 ? List.of(real, pair.get(1)) : List.of(pair.get(0), real));
        }
        BigInteger w = base.drawn().get(at);
        Proof overall = b.overallProof().get(0);
        BigInteger c = challenge(context, base.sumAlpha(), base.sumBeta(), List.of(overall));
        return new Ballot(b.electionHash(), b.question(), pseudonym, b.choices(), individual,
                List.of(new Proof(overall.commitmentA(), overall.commitmentB(), c, w.add(sumR.mod(q).multiply(c)).mod(q))));
    }

    /** README: {@code H("prove|" + S + "|" + α + "," + β + "|" + A_0 + "," + B_0 + "," + …)}. */
    static BigInteger challenge(String context, ECPoint alpha, ECPoint beta, List<Proof> proofs) {
        StringBuilder in = new StringBuilder("prove|").append(context).append('|').append(Group.encode(alpha)).append(',')
                .append(Group.encode(beta)).append('|');
        for (int j = 0; j < proofs.size(); j++) {
            in.append(j > 0 ? "," : "").append(Group.encode(proofs.get(j).commitmentA())).append(',')
                    .append(Group.encode(proofs.get(j).commitmentB()));
        }
        return Group.hashToScalar(in.toString());
    }
}
