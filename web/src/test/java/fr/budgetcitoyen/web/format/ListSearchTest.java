package fr.budgetcitoyen.web.format;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListSearchTest {

    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void thePageAskedGivesItsSliceAndOffset() {
        ListSearch search = new ListSearch(12, "2").counted(25);

        assertEquals(2, search.getPage());
        assertEquals(3, search.getPages());
        assertEquals(12, search.getFirst());
        assertFalse(search.isFirstPage());
        assertFalse(search.isLastPage());
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        ListSearch search = new ListSearch(12, "3");

        assertEquals(List.of(25), search.slice(TWENTY_FIVE));
        assertTrue(search.isLastPage());
        assertEquals(25, search.getTotal());
    }

    @Test
    void aPagePastTheEndShowsTheLastOne() {
        ListSearch search = new ListSearch(12, "99");

        assertEquals(List.of(25), search.slice(TWENTY_FIVE));
        assertEquals(3, search.getPage());
        assertEquals(24, search.getFirst());
    }

    @Test
    void aPageThatMakesNoSenseIsTheFirst() {
        for (String page : new String[] {null, "", "0", "-4", "x", "2.5", "99999999999999999999"}) {
            ListSearch search = new ListSearch(12, page).counted(25);
            assertEquals(1, search.getPage(), () -> "page=" + page);
            assertEquals(0, search.getFirst());
        }
    }

    @Test
    void anEmptyResultIsOneEmptyPage() {
        ListSearch search = new ListSearch(12, "3");

        assertEquals(List.of(), search.slice(List.of()));
        assertEquals(1, search.getPage());
        assertEquals(1, search.getPages());
        assertEquals(0, search.getFirst());
        assertTrue(search.isFirstPage());
        assertTrue(search.isLastPage());
    }

    @Test
    void anExactMultipleFillsItsPagesWithNoEmptyOneAfter() {
        assertEquals(2, new ListSearch(12, null).counted(24).getPages());
        assertEquals(3, new ListSearch(12, null).counted(25).getPages());
    }

    @Test
    void linksRepeatTheSearchAsTypedAndLeaveBlankTermsOut() {
        ListSearch search = new ListSearch(12, "1").with("q", "banc & lavoir").with("territory", "").with("theme", null)
                .with("year", "2018");

        assertEquals("?q=banc+%26+lavoir&year=2018&page=2", search.link(2));
        assertEquals("?page=3", new ListSearch(12, "1").link(3));
    }

    @Test
    void postbacksMoveWithinThePagesThereAre() {
        ListSearch search = new ListSearch(10, null).counted(25);

        search.next();
        search.next();
        search.next();
        assertEquals(3, search.getPage(), "no page after the last");
        search.previous();
        assertEquals(2, search.getPage());
        search.restart();
        search.previous();
        assertEquals(1, search.getPage(), "no page before the first");
    }

    @Test
    void aGetFormsSearchReadsTheTermsNamedAndItsPage() {
        Map<String, String> request = Map.of("q", "banc", "theme", " ", "page", "2", "other", "x");
        ListSearch search = ListSearch.read(12, request::get, "q", "theme", "territory").counted(25);

        assertEquals("banc", search.term("q"));
        assertNull(search.term("theme"), "blank is no term");
        assertNull(search.term("territory"));
        assertNull(search.term("other"), "only the terms named");
        assertEquals(2, search.getPage());
        assertEquals("?q=banc&page=3", search.link(3));
    }
}
