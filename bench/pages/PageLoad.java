import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A launch-day crowd (issue 19): CLIENTS concurrent anonymous clients (no cookie, no If-None-Match: each answer is
 * the server's own work) GET one page for SECONDS after a warm-up; prints its rate, p50/p99, the sessions the
 * server handed out (Set-Cookie JSESSIONID) and the bytes of an answer (gzip accepted, as browsers do).
 *   java bench/pages/PageLoad.java BASE_URL CLIENTS SECONDS PATH...
 */
public class PageLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 3; i < args.length; i++) {
            run(http, base, args[i], clients, Math.max(2, seconds / 3), false);
            run(http, base, args[i], clients, seconds, true);
        }
    }

    private static void run(HttpClient http, String base, String path, int clients, int seconds, boolean report)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(10)).GET().build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<List<Long>> latencies = new ArrayList<>();
        AtomicLong sessions = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            mine.add(System.nanoTime() - start);
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            if (response.headers().allValues("Set-Cookie").stream().anyMatch(v -> v.startsWith("JSESSIONID"))) {
                                sessions.incrementAndGet();
                            }
                            bytes.set(response.body().length);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            client.start();
        }
        done.await();
        if (!report) {
            return;
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        double rate = all.size() / (double) seconds;
        System.out.printf("page=%s requests=%d req_per_s=%.0f p50_ms=%.1f p99_ms=%.1f sessions=%d errors=%d bytes=%d%n",
                path, all.size(), rate, percentile(all, 0.50), percentile(all, 0.99), sessions.get(), errors.get(), bytes.get());
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
