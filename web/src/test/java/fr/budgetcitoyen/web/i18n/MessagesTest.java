package fr.budgetcitoyen.web.i18n;

import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.scic.MovementKind;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundles are complete in both languages and safe for h:outputFormat. */
class MessagesTest {

    private static final String BUNDLE = "fr.budgetcitoyen.web.i18n.messages";
    private final ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
    private final ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    @Test
    void frenchIsServedForFrenchEvenWhenTheJvmSpeaksEnglish() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            assertEquals("Accueil", ResourceBundle.getBundle(BUNDLE, Locale.FRENCH).getString("site.nav.home"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void yearsAreNotFormattedLikeQuantities() {
        String title = new MessageFormat(fr.getString("edition.title"), Locale.FRENCH).format(new Object[]{2018});
        assertEquals("Édition 2018", title);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(Set.copyOf(fr.keySet()), Set.copyOf(en.keySet()));
    }

    /** A key written twice silently keeps its last text, which then shows on the other key's page too. */
    @Test
    void noKeyIsWrittenTwice() throws java.io.IOException {
        for (String language : List.of("fr", "en")) {
            String path = "/" + BUNDLE.replace('.', '/') + "_" + language + ".properties";
            try (var in = getClass().getResourceAsStream(path)) {
                List<String> keys = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
                Set<String> seen = new java.util.HashSet<>();
                List<String> twice = keys.stream().filter(k -> !seen.add(k)).toList();
                assertEquals(List.of(), twice, language);
            }
        }
    }

    /** As many actions as the services recorded when this was written (issue 21): fewer means the pattern went blind. */
    private static final int RECORDED_ACTIONS = 105;

    /**
     * The audit page names each action in words: every action the services record has its label. The pattern must
     * still see them all, or an empty search would pass: at least as many as today, and a few known ones.
     */
    @Test
    void everyAuditedActionHasALabel() throws java.io.IOException {
        java.util.regex.Pattern recorded = java.util.regex.Pattern.compile(
                "(?:audit\\.record\\([^,]+, |[^.]record\\()\"([a-z]+\\.[a-zA-Z.]+)\"");
        Set<String> found = new java.util.TreeSet<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("../ejb/src/main/java"))) {
            for (java.nio.file.Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = recorded.matcher(java.nio.file.Files.readString(source));
                while (m.find()) {
                    String action = m.group(1);
                    if (action.endsWith(".")) { // "scic.capital." + the movement's kind
                        java.util.Arrays.stream(MovementKind.values()).forEach(kind -> found.add(action + kind.name().toLowerCase()));
                    } else {
                        found.add(action);
                    }
                }
            }
        }
        assertTrue(found.size() >= RECORDED_ACTIONS, "only " + found.size() + " recorded actions found: " + found);
        assertTrue(found.containsAll(List.of("account.register", "account.delete", "mentoring.ask", "internship.apply",
                "followup.instalment.reversal", "campaign.create", "scic.capital.subscription")), found.toString());
        for (ResourceBundle bundle : List.of(fr, en)) {
            assertEquals(List.of(), found.stream().filter(a -> !bundle.containsKey("audit.action." + a)).toList(),
                    bundle.getLocale().toString());
        }
    }

    @Test
    void everyPhaseAndLegalFormHasALabelAndEveryPhaseADescription() {
        for (ResourceBundle bundle : List.of(fr, en)) {
            for (PhaseType phase : PhaseType.values()) {
                assertTrue(bundle.containsKey("phase." + phase), phase.name());
                assertTrue(bundle.containsKey("phase." + phase + ".description"), phase.name());
            }
            for (LegalForm form : LegalForm.values()) {
                assertTrue(bundle.containsKey("legalForm." + form), form.name());
            }
        }
    }

    /** MessageFormat swallows a lone apostrophe: "jusqu'au {0}" would print "jusquau {0}". */
    @Test
    void parameterisedMessagesKeepTheirApostrophes() {
        for (ResourceBundle bundle : List.of(fr, en)) {
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (pattern.contains("{0}")) {
                    MessageFormat format = new MessageFormat(pattern, Locale.FRENCH);
                    java.text.Format[] byArgument = format.getFormatsByArgumentIndex();
                    Object[] args = {"X", "Y", "Z", "W"};
                    for (int i = 0; i < byArgument.length && i < args.length; i++) {
                        if (byArgument[i] instanceof java.text.NumberFormat || byArgument[i] instanceof java.text.ChoiceFormat) {
                            args[i] = 2018; // numbers and choices need a number
                        }
                    }
                    String formatted = format.format(args);
                    assertFalse(formatted.contains("{"), key + " -> " + formatted);
                    assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                            formatted.chars().filter(c -> c == '\'').count(), key + " -> " + formatted);
                }
            }
        }
    }
}
