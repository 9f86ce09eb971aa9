import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.BallotEncryptor;
import fr.budgetcitoyen.urn.BallotVerifier;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Randomness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The encrypted vote's load client and its ceiling (run with
 * {@code java -cp urn/target/urn.jar:<bcprov jar> bench/urn/UrnLoad.java …}, no build step).
 *
 * <p>{@code vote URL YEAR CATEGORY VOTERS CLIENTS WARMUP OUTDIR}: signs in the voters bench-1..VOTERS (and
 * WARMUP more), asks each its pseudonym ({@code GET /api/urn/pseudonym}), draws each voter's project at random,
 * and encrypts every ballot with the urn module (all untimed, on every core) as a voter's device does; then
 * the WARMUP voters cast theirs (untimed: the server's JIT), then CLIENTS threads cast the VOTERS ballots
 * through {@code POST /api/votes}, timed. Writes OUTDIR/election.json (the sealed election), OUTDIR/cast.csv
 * (voter, question, answer index, project, HTTP status, whether the tracker returned is the one computed)
 * and OUTDIR/ballots.jsonl (the timed ballots, one JSON per line).
 *
 * <p>{@code ceiling ELECTION BALLOTS [SECONDS=10]}: the same ballots checked by {@link BallotVerifier#check}
 * in this plain JVM: one thread (per core), then one thread per core; with and without {@link Ballot#parse}
 * (which the server does too: JSON and point decompression).
 */
public class UrnLoad {

    static final String PASSWORD = "Bench-Pas-de-Calais-62"; // VoteLoad.PASSWORD

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "vote" -> vote(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Path.of(args[7]));
            case "ceiling" -> ceiling(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 10);
            default -> throw new IllegalArgumentException("vote … | ceiling …");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The load

    /** One voter's ballot, made before the timed phase. */
    record Cast(int voter, int question, int choice, String project, String body, String json, String tracker) {
    }

    static void vote(String base, String year, String category, int voters, int clients, int warmup, Path out)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> e = http.send(HttpRequest.newBuilder(URI.create(base + "/api/campaigns/" + year + "/election"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (e.statusCode() != 200) {
            throw new IllegalStateException("GET election: " + e.statusCode() + " " + e.body());
        }
        Election election = Election.parse(e.body());
        Files.createDirectories(out);
        Files.writeString(out.resolve("election.json"), election.json());
        int question = IntStream.range(0, election.questions().size())
                .filter(q -> election.question(q).category().equals(category)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no question for " + category + " in " + election.json()));
        List<String> answers = election.question(question).answers();
        System.out.printf("Election %s, fingerprint %s; question %d (%s): %d answers%n", election.name(),
                election.fingerprint(), question, category, answers.size());

        int total = voters + warmup;
        Map<Integer, String> cookies = new ConcurrentHashMap<>();
        Map<Integer, String> pseudonyms = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        parallel(clients, total, i -> {
            String cookie = signIn(http, base, "bench-" + (i + 1) + "@example.org");
            cookies.put(i + 1, cookie);
            HttpResponse<String> p = http.send(HttpRequest.newBuilder(URI.create(base + "/api/urn/pseudonym"))
                    .header("Cookie", cookie).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (p.statusCode() != 200) {
                throw new IllegalStateException("pseudonym of voter " + (i + 1) + ": " + p.statusCode() + " " + p.body());
            }
            pseudonyms.put(i + 1, firstMatch(p.body(), "\"pseudonym\":\"([0-9a-f]{32})\""));
        });
        System.out.printf("Signed in %d voters and read their pseudonyms in %.1f s (untimed)%n", total,
                (System.nanoTime() - t0) / 1e9);

        // The choices: drawn at random (seed printed, -Dseed=… replays it) and remembered for the count.
        long seed = Long.getLong("seed", System.nanoTime());
        SplittableRandom random = new SplittableRandom(seed);
        int[] choice = new int[total + 1];
        for (int v = 1; v <= total; v++) {
            choice[v] = random.nextInt(answers.size());
        }
        t0 = System.nanoTime();
        Cast[] casts = new Cast[total + 1];
        IntStream.rangeClosed(1, total).parallel().forEach(v -> {
            Ballot ballot = BallotEncryptor.encrypt(election, question, choice[v], pseudonyms.get(v), Randomness.secure()).ballot();
            String json = ballot.json();
            casts[v] = new Cast(v, question, choice[v], answers.get(choice[v]),
                    "{\"category\":\"" + category + "\",\"ballot\":" + json + "}", json, ballot.tracker());
        });
        double encryptSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Encrypted %d ballots of %d answers in %.1f s on %d cores (untimed; %.1f ms per ballot and core; seed %d)%n",
                total, answers.size(), encryptSeconds, Runtime.getRuntime().availableProcessors(),
                encryptSeconds * 1000 * Runtime.getRuntime().availableProcessors() / total, seed);

        if (warmup > 0) {
            Round warm = new Round(http, base, cookies, casts).cast(voters + 1, warmup, clients);
            System.out.printf("warm-up (untimed): ballots=%d ballots_per_s=%.0f errors=%d statuses=%s%n", warm.n,
                    warm.rate(), warm.errors.get(), warm.statuses);
        }
        Cpu before = Cpu.now();
        Round round = new Round(http, base, cookies, casts).cast(1, voters, clients);
        Cpu cpu = Cpu.now().minus(before);

        StringBuilder csv = new StringBuilder("voter,question,choice,project,status,tracker_ok\n");
        StringBuilder jsonl = new StringBuilder();
        for (int v = 1; v <= voters; v++) {
            Cast c = casts[v];
            csv.append(v).append(',').append(c.question()).append(',').append(c.choice()).append(',').append(c.project())
                    .append(',').append(round.status[v]).append(',').append(round.trackerOk[v] ? "yes" : "no").append('\n');
            jsonl.append(c.json()).append('\n');
        }
        // -Dothers=K: after the timed round, untimed, voters 1..K also vote once in every other category (random
        // project, remembered in cast.csv too), so that no category of the urn is left without a ballot.
        int others = Math.min(Integer.getInteger("others", 0), voters);
        if (others > 0) {
            int extra = 0;
            int refused = 0;
            for (int q = 0; q < election.questions().size(); q++) {
                if (q == question) {
                    continue;
                }
                Election.Question other = election.question(q);
                Cast[] more = new Cast[others + 1];
                for (int v = 1; v <= others; v++) {
                    int pick = random.nextInt(other.answers().size());
                    Ballot ballot = BallotEncryptor.encrypt(election, q, pick, pseudonyms.get(v), Randomness.secure()).ballot();
                    more[v] = new Cast(v, q, pick, other.answers().get(pick),
                            "{\"category\":\"" + other.category() + "\",\"ballot\":" + ballot.json() + "}", ballot.json(),
                            ballot.tracker());
                }
                Round r = new Round(http, base, cookies, more).cast(1, others, Math.min(clients, others));
                for (int v = 1; v <= others; v++) {
                    Cast c = more[v];
                    csv.append(v).append(',').append(q).append(',').append(c.choice()).append(',').append(c.project())
                            .append(',').append(r.status[v]).append(',').append(r.trackerOk[v] ? "yes" : "no").append('\n');
                }
                extra += others;
                refused += r.errors.get();
            }
            System.out.printf("other categories (untimed): voters 1..%d cast %d more ballots, errors=%d%n", others, extra, refused);
        }
        Files.writeString(out.resolve("cast.csv"), csv);
        Files.writeString(out.resolve("ballots.jsonl"), jsonl);

        List<Long> sorted = new ArrayList<>(round.latencies);
        Collections.sort(sorted);
        System.out.printf("ballots=%d clients=%d seconds=%.2f ballots_per_s=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f"
                        + " errors=%d tracker_mismatches=%d statuses=%s%n",
                round.n, clients, round.seconds(), round.rate(), pct(sorted, 50), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6, round.errors.get(), round.trackerMismatches.get(), round.statuses);
        System.out.printf("second_half_ballots_per_s=%.1f%n", (round.n - round.n / 2) / ((round.finish - round.halfway) / 1e9));
        System.out.println(cpu.report(round.seconds(), round.n));
    }

    /** Ballots of voters first..first+n-1, CLIENTS at a time. */
    static final class Round {
        final HttpClient http;
        final String base;
        final Map<Integer, String> cookies;
        final Cast[] casts;
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger trackerMismatches = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final int[] status;
        final boolean[] trackerOk;
        int n;
        long start;
        volatile long halfway;
        long finish;

        Round(HttpClient http, String base, Map<Integer, String> cookies, Cast[] casts) {
            this.http = http;
            this.base = base;
            this.cookies = cookies;
            this.casts = casts;
            this.status = new int[casts.length];
            this.trackerOk = new boolean[casts.length];
        }

        Round cast(int first, int count, int clients) throws Exception {
            n = count;
            start = System.nanoTime();
            parallel(clients, count, i -> post(first + i));
            finish = System.nanoTime();
            return this;
        }

        void post(int voter) throws Exception {
            Cast c = casts[voter];
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/votes"))
                    .header("Content-Type", "application/json").header("Cookie", cookies.get(voter))
                    .POST(HttpRequest.BodyPublishers.ofString(c.body())).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            latencies.add(end - s);
            if (done.incrementAndGet() == n / 2) {
                halfway = end;
            }
            status[voter] = r.statusCode();
            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() != 201) {
                if (errors.incrementAndGet() <= 3) {
                    System.out.println("refused: voter " + voter + " HTTP " + r.statusCode() + " " + r.body());
                }
                return;
            }
            // The tracker the server publishes must be the one the device computed on the bytes it sent.
            Matcher m = Pattern.compile("\"tracker\":\"([^\"]+)\"").matcher(r.body());
            trackerOk[voter] = m.find() && m.group(1).equals(c.tracker());
            if (!trackerOk[voter]) {
                trackerMismatches.incrementAndGet();
            }
        }

        double seconds() {
            return (finish - start) / 1e9;
        }

        double rate() {
            return n / seconds();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The ceiling: the cryptography alone, in a plain JVM

    static void ceiling(Path electionFile, Path ballotsFile, int seconds) throws Exception {
        Election election = Election.parse(Files.readString(electionFile));
        List<String> json = Files.readAllLines(ballotsFile).stream().filter(l -> !l.isEmpty()).toList();
        List<Ballot> ballots = json.stream().map(Ballot::parse).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        int answers = ballots.get(0).choices().size();
        System.out.printf("Ceiling: %d ballots of %d answers, %d cores, %d s per measure%n", ballots.size(), answers,
                cores, seconds);
        // JIT warm-up, untimed: every ballot once, both paths, at most ~2 x seconds.
        rate(1, Math.max(2, seconds / 2), i -> BallotVerifier.check(election, ballots.get(i % ballots.size())));
        rate(1, Math.max(2, seconds / 2), i -> BallotVerifier.check(election, Ballot.parse(json.get(i % json.size()))));

        Rate check1 = rate(1, seconds, i -> BallotVerifier.check(election, ballots.get(i % ballots.size())));
        Rate checkN = rate(cores, seconds, i -> BallotVerifier.check(election, ballots.get(i % ballots.size())));
        Rate parse1 = rate(1, seconds, i -> BallotVerifier.check(election, Ballot.parse(json.get(i % json.size()))));
        Rate parseN = rate(cores, seconds, i -> BallotVerifier.check(election, Ballot.parse(json.get(i % json.size()))));
        // Wall-clock rates, and CPU time per ballot (the threads' own CPU time: what another process on the
        // machine does not change much).
        System.out.printf("check_per_core=%.1f check_ms=%.2f check_cpu_ms=%.2f check_x_cores=%.1f check_all_cores_measured=%.1f%n",
                check1.perSecond(), 1000 / check1.perSecond(), check1.cpuMs(), check1.perSecond() * cores, checkN.perSecond());
        System.out.printf("parse_check_per_core=%.1f parse_check_ms=%.2f parse_check_cpu_ms=%.2f parse_check_x_cores=%.1f"
                        + " parse_check_all_cores_measured=%.1f%n", parse1.perSecond(), 1000 / parse1.perSecond(),
                parse1.cpuMs(), parse1.perSecond() * cores, parseN.perSecond());
        System.out.printf("ceiling_ballots_per_s=%.1f%n", check1.perSecond() * cores);
    }

    /** A measured rate: operations per wall-clock second, and the worker threads' CPU milliseconds per operation. */
    record Rate(double perSecond, double cpuMs) {
    }

    interface Task {
        void run(int i) throws Exception;
    }

    /** {@code task} on {@code threads} threads for about {@code seconds} (at most 10^7 calls each). */
    static Rate rate(int threads, int seconds, Task task) throws Exception {
        AtomicLong ops = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            futures.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < 10_000_000 && System.nanoTime() < deadline; i++) {
                    task.run(offset + i);
                    ops.incrementAndGet();
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                return null;
            }));
        }
        for (var f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        return new Rate(ops.get() / (elapsed / 1e9), cpu.get() / 1e6 / ops.get());
    }

    // ---------------------------------------------------------------------------------------------------
    // Plumbing (as bench/vote/VoteLoad.java)

    /**
     * CPU time during the timed window, from /proc (Linux): the whole machine, the server's JVM
     * (-Dserver.pid), this client and PostgreSQL (-Dpg.pid, the postmaster, with its backends).
     */
    record Cpu(long busy, long idle, long steal, long server, long client, long postgres) {

        static final double TICK = 1.0 / Long.getLong("clk.tck", 100);

        static Cpu now() throws IOException {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(f[i]);
            }
            String server = System.getProperty("server.pid");
            String pg = System.getProperty("pg.pid");
            return new Cpu(busy, Long.parseLong(f[4]) + Long.parseLong(f[5]), Long.parseLong(f[8]),
                    server == null ? 0 : ticksOf(server), ticksOf("self"), pg == null ? 0 : ticksOfChildren(pg));
        }

        /** The postmaster (-Dpg.pid) and its live children (the backends): PostgreSQL's own CPU. */
        static long ticksOfChildren(String parent) throws IOException {
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        if (name.equals(parent) || f[1].equals(parent)) {
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks;
        }

        static long ticksOf(String pid) throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }

        Cpu minus(Cpu b) {
            return new Cpu(busy - b.busy, idle - b.idle, steal - b.steal, server - b.server, client - b.client,
                    postgres - b.postgres);
        }

        /** "rest": everything else the machine ran meanwhile (other people's builds and tests, the kernel). */
        String report(double seconds, int n) {
            return String.format("cpu_s: busy=%.1f idle=%.1f steal=%.1f server=%.1f load_client=%.1f postgres=%.1f rest=%.1f"
                            + " server_cpu_ms_per_ballot=%.2f postgres_cpu_ms_per_ballot=%.2f cores_busy=%.2f",
                    busy * TICK, idle * TICK, steal * TICK, server * TICK, client * TICK, postgres * TICK,
                    (busy - server - client - postgres) * TICK, server * TICK * 1000 / n, postgres * TICK * 1000 / n,
                    busy * TICK / seconds);
        }
    }

    /** Runs tasks 0..n-1 on a pool of {@code clients} threads, failing loudly; bounded to one hour. */
    static void parallel(int clients, int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            int index = i;
            pool.submit(() -> {
                try {
                    task.run(index);
                } catch (Exception e) {
                    failures.add(e);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            pool.shutdownNow();
            throw new IllegalStateException("still running after an hour");
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " failures, first: " + failures.get(0), failures.get(0));
        }
    }

    static String signIn(HttpClient http, String base, String email) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204) {
            throw new IllegalStateException(email + " could not sign in: " + r.statusCode() + " " + r.body());
        }
        return r.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
