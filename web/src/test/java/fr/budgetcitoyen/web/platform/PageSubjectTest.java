package fr.budgetcitoyen.web.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class PageSubjectTest {

    private final Map<Long, String> sessions = new HashMap<>(Map.of(7L, "Comptoir du lavoir"));
    private final AtomicInteger reads = new AtomicInteger();
    private final LongFunction<Optional<String>> find = id -> {
        reads.incrementAndGet();
        return Optional.ofNullable(sessions.get(id));
    };

    @Test
    void theThingFoundIsKeptUntilAnActionForgetsIt() {
        PageSubject<String> session = new PageSubject<>();
        assertEquals("Comptoir du lavoir", session.load("7", find, "Comptoir inconnu"));
        assertEquals("Comptoir du lavoir", session.get(find));
        assertEquals(1, reads.get());

        sessions.put(7L, "Comptoir du lavoir (complet)");
        session.forget();
        assertEquals("Comptoir du lavoir (complet)", session.get(find));
        assertEquals("Comptoir du lavoir (complet)", session.get(find));
        assertEquals(2, reads.get());
        assertEquals(7L, session.id());
    }

    @Test
    void readAsksEachTime() {
        PageSubject<String> session = new PageSubject<>();
        session.load("7", find, "Comptoir inconnu");
        session.read(find);
        session.read(find);
        assertEquals(3, reads.get());
    }

    @Test
    void withoutAnIdNothingIsRead() {
        PageSubject<String> nothing = new PageSubject<>();
        assertNull(nothing.get(find));
        assertNull(nothing.read(find));
        assertFalse(nothing.isFound());
        assertEquals(0, reads.get());
    }

    @Test
    void aThingKeptIsShownWithoutARead() {
        PageSubject<String> session = new PageSubject<>();
        String chosen = "Le seul comptoir";
        session.keep(9L, chosen);
        assertSame(chosen, session.get(find));
        assertEquals(9L, session.id());
        assertEquals(0, reads.get());
    }

    @Test
    void aRestoredViewKeepsTheIdAndReadsTheThingAgain() throws IOException, ClassNotFoundException {
        PageSubject<String> session = new PageSubject<>();
        session.load("7", find, "Comptoir inconnu");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(session);
        }
        @SuppressWarnings("unchecked")
        PageSubject<String> restored = (PageSubject<String>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();

        assertEquals(7L, restored.id());
        assertEquals("Comptoir du lavoir", restored.get(find));
        assertEquals(2, reads.get());
    }
}
