package fr.budgetcitoyen.allocation.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.budgetcitoyen.allocation.Ballot;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.RealInstances;
import fr.budgetcitoyen.allocation.VoteType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PabulibWriterTest {

    @Test
    void roundTripsAnInstanceWithAwkwardText() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Budget \"participatif\"; 2025");
        meta.put("rule", "equalshares/add1");
        Instance instance = Instance.of(Rational.parseDecimal("1234,5"), VoteType.APPROVAL,
                List.of(Project.of(ProjectId.of("p1"), 100, "Café; \"vert\"\nsecond line", "nature,sport", true),
                        Project.of(ProjectId.of("p2"), 0, "", null, null)),
                List.of(Ballot.approving("v1", List.of(ProjectId.of("p2"), ProjectId.of("p1"))),
                        Ballot.approving("v2", List.of())),
                meta);
        assertSameInstance(instance, PabulibReader.readText(PabulibWriter.toText(instance)));
    }

    @ParameterizedTest
    @ValueSource(strings = {RealInstances.ASSEN, RealInstances.CZESTOCHOWA, RealInstances.WIELICZKA})
    void roundTripsRealFiles(String file) {
        Instance original = RealInstances.load(file);
        assertSameInstance(original, PabulibReader.readText(PabulibWriter.toText(original)));
    }

    private static void assertSameInstance(Instance expected, Instance actual) {
        assertEquals(expected.budget(), actual.budget());
        assertEquals(expected.voteType(), actual.voteType());
        assertEquals(expected.projects(), actual.projects());
        assertEquals(expected.ballots(), actual.ballots());
        expected.meta().forEach((key, value) -> {
            if (!List.of("num_votes", "num_projects", "budget").contains(key)) {
                assertEquals(value, actual.meta().get(key), key);
            }
        });
    }
}
