package fr.budgetcitoyen.web.format;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QueryParamsTest {

    @Test
    void theParametersNamedAreReadInOrderABlankOneAsNone() {
        Map<String, String> request = Map.of("territory", "ARRAS", "q", "  ", "other", "x");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("q", null);
        expected.put("territory", "ARRAS");
        expected.put("theme", null);

        Map<String, String> read = QueryParams.read(request::get, "q", "territory", "theme");

        assertEquals(expected, read);
        assertEquals(List.of("q", "territory", "theme"), List.copyOf(read.keySet()));
    }

    @Test
    void aYearIsFourDigitsElseNone() {
        assertEquals(2026, QueryParams.year("2026"));
        assertNull(QueryParams.year("26"));
        assertNull(QueryParams.year("2026abc"));
        assertNull(QueryParams.year(null));
    }

    @Test
    void anUnknownConstantIsNoFilter() {
        assertEquals(Thread.State.NEW, QueryParams.enumOrNull(Thread.State.class, "NEW"));
        assertNull(QueryParams.enumOrNull(Thread.State.class, "OLD"));
        assertNull(QueryParams.enumOrNull(Thread.State.class, ""));
    }
}
