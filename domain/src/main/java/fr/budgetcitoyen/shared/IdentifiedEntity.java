package fr.budgetcitoyen.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity numbered by its table's identity column: {@code id} is null until the entity is persisted.
 * Each entity keeps its own table; only the id's mapping is shared.
 */
@MappedSuperclass
public abstract class IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long id() { return id; }
}
