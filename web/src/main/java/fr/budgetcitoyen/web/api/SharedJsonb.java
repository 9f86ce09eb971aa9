package fr.budgetcitoyen.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B engine for the whole API. Without it RESTEasy builds a new one for every request body read
 * and every answer written (a provider lookup and a new Yasson context each time): profiled under the vote
 * load, that was the largest single cost of a vote. Jsonb instances are thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) { return JSONB; }
}
