package fr.budgetcitoyen.urn.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The tool's usage, in French: the text file {@code aide.txt} beside this class. */
final class Usage {

    static final String TEXT = load();

    private Usage() {
    }

    private static String load() {
        try (InputStream in = Usage.class.getResourceAsStream("aide.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
