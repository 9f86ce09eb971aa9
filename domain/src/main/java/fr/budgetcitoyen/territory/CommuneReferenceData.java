package fr.budgetcitoyen.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code communes-62.csv}, the 887 communes of the Pas-de-Calais with their postal codes, EPCI and
 * territory (extracted from @etalab/decoupage-administratif). Shipped in this jar so that a fresh
 * database gets its reference data from the migration, not from the internet.
 */
public final class CommuneReferenceData {

    public static final String RESOURCE = "/fr/budgetcitoyen/territory/communes-62.csv";
    private static final String HEADER =
            "code_insee,nom,codes_postaux,population,arrondissement,epci_siren,epci_nom,territoire";

    private CommuneReferenceData() {
    }

    public static List<CommuneRecord> load() {
        try (InputStream in = CommuneReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CommuneRecord> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalStateException("Unexpected header in communes file: " + header);
        }
        List<CommuneRecord> communes = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                communes.add(parseLine(line, number));
            }
        }
        return communes;
    }

    private static CommuneRecord parseLine(String line, int number) {
        List<String> fields = splitCsv(line);
        if (fields.size() != 8) {
            throw new IllegalStateException("line " + number + ": expected 8 fields, found " + fields.size());
        }
        try {
            return new CommuneRecord(fields.get(0), fields.get(1), Arrays.asList(fields.get(2).split("\\|")),
                    Integer.parseInt(fields.get(3)), fields.get(4), fields.get(5), fields.get(6), fields.get(7));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("line " + number + ": population is not a number: " + fields.get(3), e);
        }
    }

    /** Splits one CSV line, honouring double quotes (EPCI names may contain commas). */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
