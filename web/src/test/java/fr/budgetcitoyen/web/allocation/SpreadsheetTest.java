package fr.budgetcitoyen.web.allocation;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetTest {

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void columnsAreLetteredLikeASpreadsheet() {
        assertEquals("A", Spreadsheet.column(0));
        assertEquals("Z", Spreadsheet.column(25));
        assertEquals("AA", Spreadsheet.column(26));
        assertEquals("BA", Spreadsheet.column(52));
    }

    @Test
    void numbersStayNumbersAndTextIsEscaped() throws IOException {
        Map<String, String> parts = parts(Spreadsheet.of("Résultats", List.of(
                List.of("title", "grant_eur"), List.of("Café <& co> \"bio\"", new java.math.BigDecimal("15000.00")))));
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml"), List.copyOf(parts.keySet()));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"B2\"><v>15000.00</v></c>"), sheet);
        assertTrue(sheet.contains("Café &lt;&amp; co&gt; &quot;bio&quot;"), sheet);
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Résultats\""));
    }
}
