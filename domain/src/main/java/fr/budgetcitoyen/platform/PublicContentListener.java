package fr.budgetcitoyen.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Every entity's default listener (META-INF/orm.xml): a written entity tells which part of the public content
 * changed, so that the pages kept for visitors are thrown away once the transaction commits. Writes made with plain
 * SQL (the vote's inserts) fire the same event themselves.
 */
public class PublicContentListener {

    @Inject
    private Event<PublicContentChanged> changes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        PublicContent.of(entity.getClass()).ifPresent(part -> changes.fire(new PublicContentChanged(part)));
    }
}
