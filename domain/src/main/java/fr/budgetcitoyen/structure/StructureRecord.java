package fr.budgetcitoyen.structure;

import java.util.List;

/** A structure with its projects and their fate, edition by edition (oldest first): what the inventory shows. */
public record StructureRecord(Structure structure, List<ProjectRecord> projects) {

    public StructureRecord {
        projects = List.copyOf(projects);
    }

    public long id() {
        return structure.id();
    }

    public String name() {
        return structure.name();
    }

    public boolean reached(Fate fate) {
        return projects.stream().anyMatch(p -> p.reached(fate));
    }

    /** The furthest step any of its projects reached. */
    public Fate furthest() {
        return projects.stream().map(ProjectRecord::fate).max(Enum::compareTo).orElse(Fate.LABELLED);
    }

    public boolean carriedIn(int year) {
        return projects.stream().anyMatch(p -> p.year() == year);
    }

    /** Whether a text matches its name or any name it carried a project under. */
    public boolean named(String text) {
        String wanted = StructureKeys.plain(text);
        return StructureKeys.plain(structure.name()).contains(wanted)
                || projects.stream().anyMatch(p -> StructureKeys.plain(p.carried().carrierName()).contains(wanted));
    }
}
