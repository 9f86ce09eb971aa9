package fr.budgetcitoyen.urn;

import java.util.Map;

/** A message of the protocol as JSON: its fields in their order, and the text that is signed, hashed or sent. */
public interface JsonMessage {

    Map<String, Object> toJson();

    default String serialize() {
        return Json.write(toJson());
    }
}
