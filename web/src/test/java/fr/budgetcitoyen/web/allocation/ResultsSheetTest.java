package fr.budgetcitoyen.web.allocation;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsSheetTest {

    @TempDir
    Path dir;

    private static final ResultsJson.Results RESULTS = new ResultsJson.Results(2018, "GREEDY", "ab12", LocalDate.of(2018, 11, 5),
            "CP-2018-42", new BigDecimal("100000.00"), new BigDecimal("27500.50"), 1234, false, List.of(
            new ResultsJson.GrantJson(1, 17, "Café <& co> \"bio\"", "COOPERATION", "ARR", 1234, new BigDecimal("15000.00")),
            new ResultsJson.GrantJson(2, 9, "Jardin partagé; étape 2", "INNOVATION_SOCIALE", "LEN", 56, new BigDecimal("12500.50"))));

    @Test
    void readsBackTheCsvColumnsWithNumbersAsFormattedNumbers() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ResultsSheet.of(RESULTS)),
                new ReadingOptions(true, false))) {
            assertEquals("Résultats 2018", workbook.getFirstSheet().getName());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals(List.of("rank", "project_id", "title", "category", "territory", "votes", "grant_eur"),
                    rows.get(0).stream().map(c -> c.asString()).toList());
            Row first = rows.get(1);
            assertEquals(new BigDecimal("1"), first.getCellAsNumber(0).orElseThrow());
            assertEquals(new BigDecimal("17"), first.getCellAsNumber(1).orElseThrow());
            assertEquals("Café <& co> \"bio\"", first.getCellAsString(2).orElseThrow());
            assertEquals("COOPERATION", first.getCellAsString(3).orElseThrow());
            assertEquals("ARR", first.getCellAsString(4).orElseThrow());
            assertEquals(new BigDecimal("1234"), first.getCellAsNumber(5).orElseThrow());
            assertEquals("#,##0", first.getCell(5).getDataFormatString());
            assertEquals(0, new BigDecimal("15000").compareTo(first.getCellAsNumber(6).orElseThrow()));
            assertEquals("#,##0.00", first.getCell(6).getDataFormatString());
            assertEquals(0, new BigDecimal("12500.50").compareTo(rows.get(2).getCellAsNumber(6).orElseThrow()));
            assertEquals("Jardin partagé; étape 2", rows.get(2).getCellAsString(2).orElseThrow());
        }
    }

    @Test
    void theHeaderIsFrozenBoldAndFilledAndTheColumnsSized() throws IOException {
        String sheet = part(ResultsSheet.of(RESULTS), "xl/worksheets/sheet1.xml");
        assertTrue(sheet.matches("(?s).*<pane [^>]*ySplit=\"1\"[^>]*topLeftCell=\"A2\"[^>]*state=\"frozen\".*"), sheet);
        assertTrue(sheet.matches("(?s).*<col min=\"3\" max=\"3\" width=\"60(\\.0)?\".*"), sheet);
        String styles = part(ResultsSheet.of(RESULTS), "xl/styles.xml");
        assertTrue(styles.contains("<b/>") || styles.contains("<b val=\"true\"/>"), styles);
        assertTrue(styles.contains("D9E1F2"), styles);
    }

    /** Through the central directory, as Excel does: the streaming zip (opczip) leaves sizes out of the local headers. */
    private String part(byte[] xlsx, String name) throws IOException {
        Path file = Files.write(dir.resolve("results.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertNotNull(entry, name + " missing");
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
