package fr.budgetcitoyen.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * The demo editions as the public API lists them: the current one votes (2026 on the reference day)
 * while the next one runs its ideas, comptoirs, project files and labelling.
 */
final class DemoEditionsApi {

    private DemoEditionsApi() {
    }

    static List<JsonObject> all() {
        return Http.portal("/api/campaigns").json(JsonArray.class).getValuesAs(JsonObject.class);
    }

    /** The one edition whose current step is the vote. */
    static JsonObject voting() {
        List<JsonObject> voting = all().stream().filter(c -> "VOTE".equals(c.getString("currentPhase", null))).toList();
        if (voting.size() != 1) {
            throw new AssertionError("exactly one edition should be voting: " + all());
        }
        return voting.get(0);
    }
}
