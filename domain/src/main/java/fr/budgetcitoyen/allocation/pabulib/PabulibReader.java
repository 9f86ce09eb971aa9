package fr.budgetcitoyen.allocation.pabulib;

import fr.budgetcitoyen.allocation.Ballot;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.pabulib.PabulibRecords.Record;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a pabulib ({@code .pb}) file: UTF-8 (a BOM is allowed), sections META, PROJECTS and VOTES,
 * each a title line, a header line and {@code ;}-separated rows. Columns are found by header name,
 * unknown columns are ignored. Anything malformed raises a {@link PabulibFormatException} naming the
 * line and what was expected.
 */
public final class PabulibReader {

    private static final List<String> SECTION_TITLES = List.of("META", "PROJECTS", "VOTES");

    private PabulibReader() {
    }

    public static Instance readFile(Path file) throws IOException {
        return readBytes(Files.readAllBytes(file));
    }

    public static Instance read(InputStream in) throws IOException {
        return readBytes(in.readAllBytes());
    }

    public static Instance readBytes(byte[] bytes) {
        return readText(PabulibText.decode(bytes));
    }

    public static Instance readText(String text) {
        List<Record> records = PabulibRecords.split(text);
        int lastLine = records.isEmpty() ? 1 : records.get(records.size() - 1).line();
        Map<String, Section> sections = sections(records);
        MetaSection meta = MetaSection.read(required(sections, "META", lastLine));
        List<Project> projects = ProjectsSection.read(required(sections, "PROJECTS", lastLine));
        List<Ballot> ballots = VotesSection.read(required(sections, "VOTES", lastLine), meta.voteType(), projects);
        return Instance.of(meta.budget(), meta.voteType(), projects, ballots, meta.entries());
    }

    private static Section required(Map<String, Section> sections, String title, int lastLine) {
        Section section = sections.get(title);
        if (section == null) {
            throw new PabulibFormatException(lastLine, "expected a " + title + " section, found none in the file");
        }
        return section;
    }

    private static Map<String, Section> sections(List<Record> records) {
        Map<String, Section> sections = new LinkedHashMap<>();
        int i = 0;
        while (i < records.size()) {
            Record titleRecord = records.get(i);
            String title = sectionTitle(titleRecord);
            if (title == null) {
                throw new PabulibFormatException(titleRecord.line(),
                        "expected a section title (META, PROJECTS or VOTES), found '" + titleRecord.first() + "'");
            }
            if (i + 1 == records.size() || sectionTitle(records.get(i + 1)) != null) {
                int line = i + 1 == records.size() ? titleRecord.line() : records.get(i + 1).line();
                String found = i + 1 == records.size() ? "the end of the file" : "'" + records.get(i + 1).first() + "'";
                throw new PabulibFormatException(line, "expected the header line of section " + title + ", found "
                        + found);
            }
            Record header = records.get(i + 1);
            i += 2;
            List<Record> rows = new ArrayList<>();
            while (i < records.size() && sectionTitle(records.get(i)) == null) {
                rows.add(records.get(i++));
            }
            if (sections.put(title, new Section(title, header, rows)) != null) {
                throw new PabulibFormatException(titleRecord.line(), "expected each section once, found a second "
                        + title + " section");
            }
        }
        return sections;
    }

    /** The section a record opens, or null: a lone META / PROJECTS / VOTES word, any case. */
    private static String sectionTitle(Record record) {
        String first = record.first().toUpperCase(Locale.ROOT);
        boolean alone = record.fields().stream().skip(1).allMatch(String::isEmpty);
        return alone && SECTION_TITLES.contains(first) ? first : null;
    }
}
