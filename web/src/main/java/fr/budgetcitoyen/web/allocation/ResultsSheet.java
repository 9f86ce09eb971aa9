package fr.budgetcitoyen.web.allocation;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** An edition's grants as an XLSX sheet: the CSV's columns, with a frozen bold header, widths and number formats. */
final class ResultsSheet {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The CSV's header (open-data schema in the README), each with its width in characters. */
    private static final List<String> COLUMNS = List.of("rank", "project_id", "title", "category", "territory", "votes", "grant_eur");
    private static final double[] WIDTHS = {7, 11, 60, 24, 11, 10, 14};
    private static final String COUNT = "#,##0";
    private static final String EUROS = "#,##0.00";

    private ResultsSheet() {
    }

    static byte[] of(ResultsJson.Results results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Budget citoyen", "1.0");
            Worksheet sheet = workbook.newWorksheet("Résultats " + results.year());
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
                sheet.width(c, WIDTHS[c]);
            }
            sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().fillColor("D9E1F2").set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (ResultsJson.GrantJson g : results.grants()) {
                sheet.value(r, 0, g.rank());
                sheet.value(r, 1, g.project());
                // inline: each title is written once, a shared-string table would only add a lookup
                sheet.inlineString(r, 2, g.title());
                sheet.value(r, 3, g.category());
                sheet.value(r, 4, g.territory());
                sheet.value(r, 5, g.votes());
                sheet.style(r, 5).format(COUNT).set();
                sheet.value(r, 6, g.grant());
                sheet.style(r, 6).format(EUROS).set();
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
