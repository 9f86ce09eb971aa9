package fr.budgetcitoyen.web.vote;

import java.util.regex.Pattern;

/**
 * The urn tool's command lines as a key holder or a verifier types them (urn-tool's help): the server's
 * address as the tool wants it, and any unusual character quoted so that a copy-paste runs as shown.
 */
public final class UrnToolCommand {

    private static final String TOOL = "java -jar urn-tool.jar";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

    private UrnToolCommand() {
    }

    /** The holder's step: {@code java -jar urn-tool.jar holder --server … --year … --email … --key …}. */
    public static String holder(String server, int year, String email, String keyFile) {
        return TOOL + " holder --server " + word(server(server)) + " --year " + year
                + " --email " + word(email) + " --key " + word(keyFile);
    }

    /** Anyone's check of the whole board: {@code java -jar urn-tool.jar verify --server … --year …}. */
    public static String verify(String server, int year) {
        return TOOL + " verify --server " + word(server(server)) + " --year " + year;
    }

    /** The key file we suggest: one per edition, since each edition has its own key. */
    public static String keyFile(int year) {
        return "cle-urne-" + year + ".txt";
    }

    /** The portal's base address without its trailing slash: the tool appends "/api/…". */
    static String server(String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /** A shell word: as is when plain, else in single quotes (a quote inside written '\''). */
    static String word(String value) {
        String text = value == null ? "" : value;
        return PLAIN_WORD.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
