import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster's vote load client (bench/cluster.sh; run with {@code java ClusterLoad.java}, no build):
 * {@code BASE FIRST COUNT CLIENTS OUTDIR}: voters bench-FIRST … bench-(FIRST+COUNT-1) sign in through the
 * balancer (untimed), then CLIENTS threads cast one vote per voter and category ({"category","project"}, the
 * server encrypts), each with its Idempotency-Key. What a voter would do when a node dies or the database
 * restarts: a 5xx, a 503 or a broken connection is retried (same key) until it succeeds, for 3 minutes at most
 * (a 500 is counted too: an outage must only ever answer 503);
 * a 401 (session lost) is counted and the voter signs in again. Writes every acknowledged tracker to
 * OUTDIR/acknowledged.txt, the count of acknowledged votes to OUTDIR/progress as it goes, and a summary line.
 */
public class ClusterLoad {

    static final String PASSWORD = "Bench-Pas-de-Calais-62";
    static final Pattern TRACKER = Pattern.compile("\"tracker\":\"([0-9A-Za-z+/]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String campaigns = send(http, "GET", base + "/api/campaigns", null, null, null).body();
        String year = match(campaigns, "\"currentPhase\":\"VOTE\"[^}]*\"href\":\"/api/campaigns/(\\d+)\"");
        Map<String, List<Long>> projects = projects(send(http, "GET", base + "/api/campaigns/" + year + "/projects",
                null, null, null).body());
        List<String> categories = new ArrayList<>(projects.keySet());

        Map<Integer, String> cookies = new ConcurrentHashMap<>();
        parallel(clients, count, i -> cookies.put(first + i, signIn(http, base, first + i)));
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<Integer, Boolean> sessionLost = new ConcurrentHashMap<>();
        int votes = count * categories.size();
        long start = System.nanoTime();
        parallel(clients, votes, n -> {
            int voter = first + n / categories.size();
            String category = categories.get(n % categories.size());
            List<Long> choices = projects.get(category);
            String body = "{\"category\":\"" + category + "\",\"project\":" + choices.get((voter * 7 + n) % choices.size()) + "}";
            String key = "bench-" + voter + "-" + category;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (true) {
                HttpResponse<String> r = null;
                try {
                    r = send(http, "POST", base + "/api/votes", body, cookies.get(voter), key);
                } catch (IOException brokenConnection) {
                    // retried below
                }
                if (r != null && r.statusCode() == 201) {
                    record(out, match(r.body(), TRACKER.pattern()));
                    Files.writeString(out.resolve("progress"), acknowledged.incrementAndGet() + "\n");
                    return;
                }
                if (r != null && r.statusCode() == 500) {
                    serverErrors.incrementAndGet(); // an incident, where a restart must only give 503
                    System.err.println("500 for " + key + ": " + r.body());
                }
                if (r != null && r.statusCode() == 401) {
                    sessionLost.put(voter, true);
                    cookies.put(voter, signIn(http, base, voter));
                } else if (r != null && r.statusCode() / 100 == 4) {
                    failed.incrementAndGet();
                    System.err.println("refused " + key + ": " + r.statusCode() + " " + r.body());
                    return;
                }
                if (System.nanoTime() > deadline) {
                    failed.incrementAndGet();
                    System.err.println("gave up " + key + ": " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                    return;
                }
                retries.incrementAndGet();
                TimeUnit.MILLISECONDS.sleep(250);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("votes=%d acknowledged=%d failed=%d retries=%d server_errors=%d sessions_lost=%d voters=%d seconds=%.1f"
                        + " votes_per_s=%.1f%n", votes, acknowledged.get(), failed.get(), retries.get(), serverErrors.get(),
                sessionLost.size(), count, seconds, votes / seconds);
    }

    static synchronized void record(Path out, String tracker) throws IOException {
        Files.writeString(out.resolve("acknowledged.txt"), tracker + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String signIn(HttpClient http, String base, int voter) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            try {
                HttpResponse<String> r = send(http, "POST", base + "/api/sessions", "{\"email\":\"bench-" + voter
                        + "@example.org\",\"password\":\"" + PASSWORD + "\"}", null, null);
                if (r.statusCode() / 100 == 2) {
                    return r.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                            .reduce((a, b) -> a + "; " + b).orElseThrow();
                }
            } catch (IOException retry) {
                // the node answering died: try again
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("bench-" + voter + " cannot sign in");
    }

    static HttpResponse<String> send(HttpClient http, String method, String url, String json, String cookie, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, List<Long>> projects(String json) {
        Map<String, List<Long>> byCategory = new LinkedHashMap<>();
        for (String object : json.split("\\},\\{")) {
            byCategory.computeIfAbsent(match(object, "\"category\":\"([A-Z_]+)\""), k -> new ArrayList<>())
                    .add(Long.parseLong(match(object, "\"id\":(\\d+)")));
        }
        return byCategory;
    }

    static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    interface Task {
        void run(int i) throws Exception;
    }

    static void parallel(int threads, int tasks, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }
}
