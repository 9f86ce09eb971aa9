package fr.budgetcitoyen.urn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElectionTest {

    private static final Election ELECTION = TestElection.withAnswers(3, 1);

    @Test
    void theFactoryWritesTheCanonicalSerialisation() {
        String json = ELECTION.json();
        assertEquals("{\"version\":1,\"group\":\"P-256\",\"uuid\":\"test-uuid\",\"name\":\"Budget citoyen de test\","
                + "\"public_key\":\"" + Group.encode(TestElection.PUBLIC) + "\",\"trustees\":{\"threshold\":1,"
                + "\"verification_keys\":[\"" + Group.encode(TestElection.PUBLIC) + "\"]},\"questions\":["
                + "{\"category\":\"CATEGORIE_0\",\"answers\":[\"p1\",\"p2\",\"p3\"],\"min\":1,\"max\":1},"
                + "{\"category\":\"CATEGORIE_1\",\"answers\":[\"p101\"],\"min\":1,\"max\":1}],"
                + "\"ear_sha256\":\"" + "ab".repeat(32) + "\"}", json);
        Election reread = Election.parse(json);
        assertEquals(ELECTION, reread);
        assertEquals(Group.hashJson(json), reread.fingerprint());
        assertEquals(List.of("p1", "p2", "p3"), reread.question(0).answers());
        assertEquals(TestElection.PUBLIC, reread.publicKey());
        assertSame(reread.publicKey(), reread.publicKey());
        assertEquals(1, reread.threshold());
        assertEquals("ab".repeat(32), reread.earSha256());
    }

    private static void refused(String from, String to, String because) {
        String json = ELECTION.json();
        assertTrue(json.contains(from), from);
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> Election.parse(json.replace(from, to)));
        assertTrue(e.getMessage().contains(because), e.getMessage());
    }

    @Test
    void everythingIsChecked() {
        refused("\"version\":1", "\"version\":2", "version 1");
        refused("\"P-256\"", "\"P-384\"", "P-256");
        refused("\"threshold\":1", "\"threshold\":2", "threshold");
        refused("\"threshold\":1", "\"threshold\":0", "threshold");
        refused("\"min\":1,\"max\":1}]", "\"min\":1,\"max\":2}]", "min = max = 1");
        refused("[\"p101\"]", "[]", "answers");
        refused("[\"p1\",\"p2\",\"p3\"]", "[\"p1\",\"p1\",\"p3\"]", "distinctes");
        refused("CATEGORIE_1", "CATEGORIE_0", "répétée");
        refused("\"ear_sha256\":\"ab", "\"ear_sha256\":\"AB", "ear_sha256");
        refused("\"uuid\":\"test-uuid\"", "\"uuid\":\"test uuid\"", "uuid");
        refused("\"version\":1,", "\"version\": 1,", "non canonique");
        refused("\"version\":1,\"group\":\"P-256\",", "\"group\":\"P-256\",\"version\":1,", "non canonique");
        refused(",\"ear_sha256\"", ",\"extra\":true,\"ear_sha256\"", "champs attendus");
        refused("\"public_key\":\"0", "\"public_key\":\"1", "point");
        String questions = ELECTION.json().substring(ELECTION.json().indexOf("\"questions\":[") + 13,
                ELECTION.json().indexOf("],\"ear_sha256\""));
        refused(questions, "", "questions");
    }
}
