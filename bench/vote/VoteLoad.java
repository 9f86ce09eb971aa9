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
 * {@code run URL VOTERS CLIENTS} signs the voters bench-1..N in through the API (untimed), then times
 * CLIENTS concurrent clients casting one vote per voter and category through {@code POST /api/votes}.
 */
public class VoteLoad {

    static final String PASSWORD = "Bench-Pas-de-Calais-62";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("hash")) {
            System.out.println(hash(args.length > 1 ? args[1] : PASSWORD));
        } else {
            run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
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

    static void run(String base, int voters, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String year = firstMatch(get(http, base + "/api/campaigns"), "\"currentPhase\":\"VOTE\"[^}]*\"href\":\"/api/campaigns/(\\d+)\"");
        Map<String, List<Long>> projects = projectsByCategory(get(http, base + "/api/campaigns/" + year + "/projects"));
        System.out.printf("Edition %s, categories %s%n", year, projects.keySet());

        Map<Integer, String> cookies = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        parallel(clients, voters, i -> cookies.put(i + 1, signIn(http, base, "bench-" + (i + 1) + "@example.org")));
        System.out.printf("Signed in %d voters in %.1f s (untimed: PBKDF2 of the sign-in)%n", cookies.size(),
                (System.nanoTime() - t0) / 1e9);

        List<String> categories = new ArrayList<>(projects.keySet());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        int votes = voters * categories.size();
        long start = System.nanoTime();
        parallel(clients, votes, n -> {
            int voter = n / categories.size() + 1;
            String category = categories.get(n % categories.size());
            List<Long> choices = projects.get(category);
            long project = choices.get((voter * 7 + n) % choices.size());
            String body = "{\"category\":\"" + category + "\",\"project\":" + project + "}";
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/votes"))
                    .header("Content-Type", "application/json").header("Cookie", cookies.get(voter))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - s);
            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() != 201) {
                errors.incrementAndGet();
            } else {
                acknowledged(firstMatch(r.body(), "\"receipt\":\"([0-9A-Z-]+)\""));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = latencies.stream().sorted().collect(Collectors.toList());
        System.out.printf("votes=%d clients=%d seconds=%.2f votes_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d statuses=%s%n",
                votes, clients, seconds, votes / seconds, pct(sorted, 50), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6, errors.get(), statuses);
        if (errors.get() > 0) {
            System.exit(1); // figures with refused votes measure nothing worth reporting
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
