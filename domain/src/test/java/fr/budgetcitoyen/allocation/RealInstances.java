package fr.budgetcitoyen.allocation;

import fr.budgetcitoyen.allocation.pabulib.PabulibReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real pabulib instances, copied from shared/pabulib into the test resources so that the tests run
 * on any clone. The folder can be changed with the system property {@code pabulib.dir}.
 * Parsed instances are cached: Warsaw 2026 alone has 61,668 ballots.
 */
public final class RealInstances {

    public static final String ASSEN = "Netherlands_Assen_2024.pb";
    public static final String SWIECIE = "Poland_Swiecie_2023.pb";
    public static final String WIELICZKA = "Poland_Wieliczka_2023_Green_Budget.pb";
    public static final String WLOCHY = "Poland_Warszawa_2021_Wlochy.pb";
    public static final String CZESTOCHOWA = "Poland_Czestochowa_2024_Rakow.pb";
    public static final String WARSZAWA_2026 = "Poland_Warszawa_2026.pb";

    private static final Map<String, Instance> CACHE = new ConcurrentHashMap<>();

    private RealInstances() {
    }

    public static Path directory() {
        String configured = System.getProperty("pabulib.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "pabulib").normalize();
    }

    public static Path file(String name) {
        return directory().resolve(name);
    }

    public static Instance load(String name) {
        return CACHE.computeIfAbsent(name, key -> {
            try {
                return PabulibReader.readFile(file(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static String expectedResults() {
        try {
            return Files.readString(file("EXPECTED_RESULTS.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
