package fr.budgetcitoyen.web.structure;

import java.util.Optional;

/** A structure's id as a link or a form carries it: anything but a plain positive number names none. */
final class StructureIds {

    private StructureIds() {
    }

    static Optional<Long> parse(String id) {
        return id != null && id.matches("\\d{1,12}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
