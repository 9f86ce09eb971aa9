package fr.budgetcitoyen.allocation.bench;

import fr.budgetcitoyen.allocation.AllocationRule;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Outcome;
import fr.budgetcitoyen.allocation.RealInstances;
import fr.budgetcitoyen.allocation.catalog.RuleCatalog;
import fr.budgetcitoyen.allocation.pabulib.PabulibReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Timing harness, not a test: run each rule on a real instance (Warsaw 2026 by default) after a
 * warm-up and print the median wall time.
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes fr.budgetcitoyen.allocation.bench.AllocationBenchmark [FILE.pb]
 * </pre>
 */
public final class AllocationBenchmark {

    private static final List<String> RULES = List.of("greedy", "greedy-threshold", "equalshares",
            "equalshares/add1", "equalshares/add1-comparison", "equalshares/add1+greedy");

    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : RealInstances.file(RealInstances.WARSZAWA_2026);
        byte[] bytes = Files.readAllBytes(file);
        System.out.printf("%s (%d bytes), %d cores%n", file.getFileName(), bytes.length,
                Runtime.getRuntime().availableProcessors());
        time("parse", 3, 10, () -> PabulibReader.readBytes(bytes));
        Instance instance = PabulibReader.readBytes(bytes);
        time("support index (built once)", 3, 10,
                () -> PabulibReader.readBytes(bytes).supportIndex());
        instance.supportIndex();
        System.out.printf("  %d ballots, %d distinct approval sets, %d projects%n", instance.voterCount(),
                instance.supportIndex().groupCount(), instance.projects().size());
        for (String name : RULES) {
            AllocationRule rule = RuleCatalog.named(name);
            long single = System.nanoTime();
            Outcome outcome = rule.allocate(instance);
            double firstMs = (System.nanoTime() - single) / 1e6;
            int runs = firstMs > 1000 ? 5 : firstMs > 100 ? 10 : 50;
            System.out.printf("  first run %.1f ms, %d projects, cost %d%n", firstMs,
                    outcome.selectedProjects().size(), outcome.totalCost());
            time(name, Math.max(3, runs / 2), runs, () -> rule.allocate(instance));
        }
    }

    /** Wall time, and this thread's CPU time (which another busy process on the machine inflates less). */
    private static void time(String label, int warmups, int runs, Runnable task) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            task.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-34s median %9.3f ms wall, %9.3f ms cpu  (wall min %.3f, max %.3f, %d runs)%n", label,
                wall[runs / 2], cpu[runs / 2], wall[0], wall[runs - 1], runs);
    }
}
