package fr.budgetcitoyen.allocation.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pabulib text into {@code ;}-separated records. A field may be quoted with {@code "} (a
 * doubled quote inside stands for one, and line breaks inside are kept); CRLF, LF and CR all end a
 * record. Fields are trimmed; records whose fields are all blank are dropped.
 */
final class PabulibRecords {

    /** One record and the line it starts on. */
    record Record(int line, List<String> fields) {

        String field(int column) {
            return column < fields.size() ? fields.get(column) : "";
        }

        String first() {
            return field(0);
        }
    }

    private final String text;
    private int position;
    private int line = 1;

    private PabulibRecords(String text) { this.text = text; }

    static List<Record> split(String text) {
        return new PabulibRecords(text).all();
    }

    private List<Record> all() {
        List<Record> records = new ArrayList<>();
        while (position < text.length()) {
            int startLine = line;
            List<String> fields = readRecord();
            if (fields.stream().anyMatch(field -> !field.isEmpty())) {
                records.add(new Record(startLine, fields));
            }
        }
        return records;
    }

    private List<String> readRecord() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == ';') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                break;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                readQuoted(field);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    private void readQuoted(StringBuilder field) {
        int openedOn = line;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                } else {
                    return;
                }
            } else {
                if (c == '\n' || c == '\r' && !(position < text.length() && text.charAt(position) == '\n')) {
                    line++;
                }
                field.append(c);
            }
        }
        throw new PabulibFormatException(openedOn, "expected a closing '\"' for the quoted field opened on this line,"
                + " found the end of the file");
    }
}
