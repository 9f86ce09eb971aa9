import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The vote load client (run with {@code java VoteLoad.java}, no build):
 * {@code hash PASSWORD} prints a PBKDF2 hash in the platform's format (few iterations: bench accounts only);
 * {@code run URL VOTERS CLIENTS [WARMUP]} signs the voters bench-1..N (+ WARMUP) in through the API (untimed),
 * lets the WARMUP voters vote (untimed), then times CLIENTS concurrent clients casting one vote per voter
 * and category through {@code POST /api/votes}.
 */
public class VoteLoad {

    static final String PASSWORD = "Bench-Pas-de-Calais-62";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("hash")) {
            System.out.println(hash(args.length > 1 ? args[1] : PASSWORD));
        } else {
            run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 0);
        }
    }

    static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 1000;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 32 * 8)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /**
     * Voters 1..VOTERS are timed; with WARMUP > 0, voters VOTERS+1..VOTERS+WARMUP vote first, untimed: a
     * freshly started server spends its first seconds compiling (JIT), and a real vote runs for weeks.
     */
    static void run(String base, int voters, int clients, int warmup) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String year = firstMatch(get(http, base + "/api/campaigns"), "\"currentPhase\":\"VOTE\"[^}]*\"href\":\"/api/campaigns/(\\d+)\"");
        Map<String, List<Long>> projects = projectsByCategory(get(http, base + "/api/campaigns/" + year + "/projects"));
        System.out.printf("Edition %s, categories %s%n", year, projects.keySet());

        Map<Integer, String> cookies = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        parallel(clients, voters + warmup, i -> cookies.put(i + 1, signIn(http, base, "bench-" + (i + 1) + "@example.org")));
        System.out.printf("Signed in %d voters in %.1f s (untimed: PBKDF2 of the sign-in)%n", cookies.size(),
                (System.nanoTime() - t0) / 1e9);
        if (warmup > 0) {
            Round warm = new Round(http, base, cookies, projects).cast(voters + 1, warmup, clients);
            System.out.printf("warm-up (untimed): votes=%d votes_per_s=%.0f errors=%d%n", warm.votes, warm.rate(), warm.errors.get());
        }
        Cpu cpuBefore = Cpu.now();
        Round round = new Round(http, base, cookies, projects).cast(1, voters, clients);
        Cpu cpu = Cpu.now().minus(cpuBefore);
        List<Long> sorted = round.latencies.stream().sorted().collect(Collectors.toList());
        System.out.printf("votes=%d clients=%d seconds=%.2f votes_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d statuses=%s%n",
                round.votes, clients, round.seconds(), round.rate(), pct(sorted, 50), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6, round.errors.get(), round.statuses);
        System.out.printf("second_half_votes_per_s=%.0f%n", (round.votes - round.votes / 2) / ((round.finish - round.halfway) / 1e9));
        System.out.println(cpu.report(round.seconds(), round.votes));
        if (round.errors.get() > 0) {
            System.exit(1); // figures with refused votes measure nothing worth reporting
        }
    }

    /** One round of votes: each voter of a range votes once in every category, CLIENTS at a time. */
    static final class Round {
        final HttpClient http;
        final String base;
        final Map<Integer, String> cookies;
        final Map<String, List<Long>> projects;
        final List<String> categories;
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        int votes;
        long start;
        volatile long halfway;
        long finish;

        Round(HttpClient http, String base, Map<Integer, String> cookies, Map<String, List<Long>> projects) {
            this.http = http;
            this.base = base;
            this.cookies = cookies;
            this.projects = projects;
            this.categories = new ArrayList<>(projects.keySet());
        }

        Round cast(int firstVoter, int voters, int clients) throws Exception {
            votes = voters * categories.size();
            start = System.nanoTime();
            parallel(clients, votes, n -> vote(firstVoter + n / categories.size(), n));
            finish = System.nanoTime();
            return this;
        }

        void vote(int voter, int n) throws Exception {
            String category = categories.get(n % categories.size());
            List<Long> choices = projects.get(category);
            long project = choices.get((voter * 7 + n) % choices.size());
            String body = "{\"category\":\"" + category + "\",\"project\":" + project + "}";
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/votes"))
                    .header("Content-Type", "application/json").header("Cookie", cookies.get(voter))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            latencies.add(end - s);
            if (done.incrementAndGet() == votes / 2) {
                halfway = end;
            }
            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() != 201) {
                errors.incrementAndGet();
            } else {
                // Since the encrypted urn the receipt is the ballot's tracker (base64: letters, digits, + and /).
                acknowledged(firstMatch(r.body(), "\"receipt\":\"([0-9A-Za-z+/-]+)\""));
            }
        }

        double seconds() {
            return (finish - start) / 1e9;
        }

        double rate() {
            return votes / seconds();
        }
    }

    /**
     * CPU time during the timed window, from /proc (Linux): the whole machine, the server's JVM
     * (-Dserver.pid) and this client; the rest is mostly PostgreSQL. Says where the cores went.
     */
    record Cpu(long busy, long idle, long steal, long server, long client) {

        static final double TICK = 1.0 / Long.getLong("clk.tck", 100);

        static Cpu now() throws java.io.IOException {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) { // user nice system irq softirq
                busy += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long steal = Long.parseLong(f[8]); // taken by the hypervisor for other guests
            String server = System.getProperty("server.pid");
            return new Cpu(busy, idle, steal, server == null ? 0 : ticksOf(server), ticksOf("self"));
        }

        static long ticksOf(String pid) throws java.io.IOException {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
        }

        Cpu minus(Cpu before) {
            return new Cpu(busy - before.busy, idle - before.idle, steal - before.steal, server - before.server, client - before.client);
        }

        String report(double seconds, int votes) {
            return String.format("cpu_s: busy=%.1f idle=%.1f steal=%.1f server=%.1f load_client=%.1f postgres_and_rest=%.1f"
                            + " server_cpu_ms_per_vote=%.2f cores_busy=%.2f",
                    busy * TICK, idle * TICK, steal * TICK, server * TICK, client * TICK, (busy - server - client) * TICK,
                    server * TICK * 1000 / votes, busy * TICK / seconds);
        }
    }

    /** With -Dreceipts=FILE, every receipt the server acknowledged, written as soon as it is received. */
    private static final String RECEIPTS = System.getProperty("receipts");

    static synchronized void acknowledged(String receipt) throws java.io.IOException {
        if (RECEIPTS != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(RECEIPTS), receipt + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    interface Task {
        void run(int i) throws Exception;
    }

    /** Runs tasks 0..n-1 on a pool of {@code clients} threads, failing loudly. */
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
        pool.awaitTermination(1, TimeUnit.HOURS);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " failures, first: " + failures.get(0), failures.get(0));
        }
    }

    static String signIn(HttpClient http, String base, String email) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204) {
            throw new IllegalStateException(email + " could not sign in: " + r.statusCode() + " " + r.body());
        }
        return r.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    static Map<String, List<Long>> projectsByCategory(String json) {
        Map<String, List<Long>> byCategory = new java.util.TreeMap<>();
        for (String object : json.split("\\},\\{")) {
            String category = firstMatch(object, "\"category\":\"([A-Z_]+)\"");
            long id = Long.parseLong(firstMatch(object, "\"id\":(\\d+)"));
            byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(id);
        }
        return byCategory;
    }

    static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
