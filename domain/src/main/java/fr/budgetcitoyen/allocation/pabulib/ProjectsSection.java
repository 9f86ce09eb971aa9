package fr.budgetcitoyen.allocation.pabulib;

import fr.budgetcitoyen.allocation.Project;
import fr.budgetcitoyen.allocation.ProjectId;
import fr.budgetcitoyen.allocation.pabulib.PabulibRecords.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The PROJECTS section: {@code project_id} and {@code cost} required, name/category/selected optional. */
final class ProjectsSection {

    private ProjectsSection() {
    }

    static List<Project> read(Section section) {
        Optional<Integer> idColumn = Optional.of(section.requiredColumn("project_id"));
        Optional<Integer> costColumn = Optional.of(section.requiredColumn("cost"));
        Optional<Integer> nameColumn = section.column("name");
        Optional<Integer> categoryColumn = section.column("category", "categories");
        Optional<Integer> selectedColumn = section.column("selected");
        List<Project> projects = new ArrayList<>();
        Map<ProjectId, Integer> firstLine = new HashMap<>();
        for (Record row : section.rows()) {
            String rawId = row.field(idColumn.get());
            if (rawId.isEmpty()) {
                throw new PabulibFormatException(row.line(), "expected a project id in column 'project_id', found"
                        + " nothing");
            }
            ProjectId id = ProjectId.of(rawId);
            Integer previous = firstLine.putIfAbsent(id, row.line());
            if (previous != null) {
                throw new PabulibFormatException(row.line(), "expected distinct project ids, found '" + rawId
                        + "' again (first on line " + previous + ")");
            }
            long cost = PabulibNumbers.nonNegativeWholeNumber(Section.value(row, costColumn), row.line(),
                    "column 'cost'");
            String category = Section.value(row, categoryColumn);
            projects.add(Project.of(id, cost, Section.value(row, nameColumn), category.isEmpty() ? null : category,
                    selected(Section.value(row, selectedColumn), row.line())));
        }
        return projects;
    }

    /**
     * 0: not funded; 1: funded by the vote; other whole numbers are allowed by the format for projects funded
     * otherwise (pabulib files use 2 for a project funded by another rule): funded all the same.
     */
    private static Boolean selected(String raw, int line) {
        if (raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("\\d{1,9}")) {
            throw new PabulibFormatException(line, "expected a whole number (0 not selected, 1 or more selected) in column"
                    + " 'selected', found '" + raw + "'");
        }
        return Integer.parseInt(raw) > 0;
    }
}
