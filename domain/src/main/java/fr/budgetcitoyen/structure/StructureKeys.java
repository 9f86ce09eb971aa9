package fr.budgetcitoyen.structure;

import fr.budgetcitoyen.project.RegistrationNumber;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What tells that two projects were carried by the same structure: its SIREN/RNA when known (certain), else a
 * name compared without accents, case, punctuation, legal-form words or articles (only a hint for an agent).
 */
public final class StructureKeys {

    /** Words that name the legal form or link the others, not the structure: "Association Le Toit" is "toit". */
    private static final Set<String> NOISE = Set.of("association", "asso", "junior", "scic", "scop", "sas", "sarl", "sa",
            "esus", "cooperative", "societe", "le", "la", "les", "l", "de", "des", "du", "d", "et");

    private StructureKeys() {
    }

    /** The SIREN/RNA as typed, normalised; null when absent or invalid (a wrong check digit identifies nothing). */
    public static String number(String typed) {
        String number = RegistrationNumber.normalize(typed);
        return RegistrationNumber.isValid(number) ? number : null;
    }

    /** The name reduced to what identifies it; the plain name when only noise words remain. */
    public static String name(String name) {
        String plain = plain(name);
        String kept = Arrays.stream(plain.split(" ")).filter(w -> !w.isEmpty() && !NOISE.contains(w)).collect(Collectors.joining(" "));
        return kept.isEmpty() ? plain : kept;
    }

    /** Lower case, without accents, words separated by one space: for searching. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
