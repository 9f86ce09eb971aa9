package fr.budgetcitoyen.web.format;

/** What the open-data CSV files share: UTF-8, {@code ;}-separated (French spreadsheets), free text quoted. */
public final class Csv {

    private Csv() {
    }

    /** Free text between double quotes, inner quotes doubled: a title may hold a semicolon; no text is empty. */
    public static String quoted(String text) {
        return "\"" + (text == null ? "" : text.replace("\"", "\"\"")) + "\"";
    }
}
