package fr.budgetcitoyen.allocation.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.budgetcitoyen.allocation.AllocationException;
import fr.budgetcitoyen.allocation.Instance;
import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.RealInstances;
import fr.budgetcitoyen.allocation.TestInstances;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeclaredRuleTest {

    /** The file's own rule funds exactly what its {@code selected} column says the city funded. */
    @ParameterizedTest
    @ValueSource(strings = {RealInstances.ASSEN, RealInstances.SWIECIE, RealInstances.WIELICZKA,
            RealInstances.WLOCHY, RealInstances.CZESTOCHOWA, RealInstances.WARSZAWA_2026})
    void autoReproducesWhatTheCityFunded(String file) {
        Instance instance = RealInstances.load(file);
        Set<ProjectId> fundedByCity = instance.projects().stream()
                .filter(project -> project.selectedByCity().orElse(false)).map(Project::id)
                .collect(Collectors.toSet());
        Set<ProjectId> allocated = Set.copyOf(RuleCatalog.named("auto").allocate(instance).selectedIds());
        assertEquals(fundedByCity, allocated);
    }

    @Test
    void refusesFilesWithoutAUsableRule() {
        Instance none = TestInstances.approvals(10, List.of(Project.of("a", 5)), "a");
        assertThrows(AllocationException.class, () -> RuleCatalog.named("auto").allocate(none));
        Instance exotic = TestInstances.withMeta(none, Map.of("rule", "sortition"));
        AllocationException error = assertThrows(AllocationException.class,
                () -> RuleCatalog.named("auto").allocate(exotic));
        assertTrue(error.getMessage().contains("sortition"));
    }

    @Test
    void rejectsUnknownNamesListingTheKnownOnes() {
        UnknownRuleException error = assertThrows(UnknownRuleException.class, () -> RuleCatalog.named("phragmen"));
        assertTrue(error.getMessage().contains("equalshares/add1-comparison"), error.getMessage());
    }
}
