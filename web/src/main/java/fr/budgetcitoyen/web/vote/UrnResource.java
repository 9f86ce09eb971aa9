package fr.budgetcitoyen.web.vote;

import jakarta.annotation.security.RolesAllowed;
import fr.budgetcitoyen.vote.CeremonyStep;
import fr.budgetcitoyen.vote.HolderView;
import fr.budgetcitoyen.vote.UrnCeremony;
import fr.budgetcitoyen.vote.VoteService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The urn for signed-in devices (web.xml): the voter's pseudonym, the key holders' ceremony that their
 * tool drives ({@code GET} the pending step with what it needs, {@code POST} the message it made), and the
 * agents' steps (holders, sealing, closing). The public side is under {@code /api/campaigns/{year}}.
 */
@Path("urn")
@RolesAllowed("RESIDENT")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class UrnResource {

    @EJB private UrnCeremony ceremony;
    @EJB private VoteService votes;

    /** The signed-in voter's pseudonym in the open vote. */
    @GET
    @Path("pseudonym")
    public JsonObject pseudonym() {
        return Json.createObjectBuilder().add("pseudonym", votes.pseudonymOfCaller()
                .orElseThrow(() -> new NotFoundException("Aucun vote n'est ouvert."))).build();
    }

    @GET
    @Path("{year: [0-9]{4}}/ceremony")
    public JsonObject step(@PathParam("year") int year) {
        return json(ceremony.holderView(year));
    }

    /** Body {@code {"step": "CERT", "message": {…}}}: the message of the holder's pending step. */
    @POST
    @Path("{year: [0-9]{4}}/ceremony")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject submit(@PathParam("year") int year, JsonObject body) {
        if (body == null || !body.containsKey("step") || body.get("step").getValueType() != JsonValue.ValueType.STRING
                || !body.containsKey("message") || body.get("message").getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequestException("Corps JSON attendu : {\"step\": \"CERT\", \"message\": {…}}");
        }
        CeremonyStep step;
        try {
            step = CeremonyStep.valueOf(body.getString("step"));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Étape inconnue : " + body.getString("step"));
        }
        if (step == CeremonyStep.COMPARE) { // the holders compared their key fingerprints aloud
            ceremony.confirmComparison(year);
            return Json.createObjectBuilder().add("step", CeremonyStep.WAIT.name())
                    .add("message", "Comparaison des empreintes confirmée.").build();
        }
        CeremonyStep next = ceremony.submit(year, step, body.getJsonObject("message").toString());
        return Json.createObjectBuilder().add("step", next.name())
                .add("message", "Étape " + step.name() + " enregistrée. Étape suivante : " + next.name() + ".").build();
    }

    /** Agents: names the key holders, {@code {"threshold": 2, "holders": ["a@…", "b@…", "c@…"]}}. */
    @POST
    @Path("{year: [0-9]{4}}/holders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response prepare(@PathParam("year") int year, JsonObject body) {
        if (body == null || !body.containsKey("threshold") || body.get("threshold").getValueType() != JsonValue.ValueType.NUMBER
                || !body.containsKey("holders") || body.get("holders").getValueType() != JsonValue.ValueType.ARRAY
                || body.getJsonArray("holders").stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.STRING)) {
            throw new BadRequestException("Corps JSON attendu : {\"threshold\": 2, \"holders\": [\"adresse e-mail\", …]}");
        }
        if (!body.getJsonNumber("threshold").isIntegral()) {
            throw new BadRequestException("« threshold » doit être un nombre entier.");
        }
        ceremony.prepare(year, body.getJsonNumber("threshold").intValue(),
                body.getJsonArray("holders").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        return Response.status(Response.Status.CREATED).entity(status(year)).build();
    }

    /** Agents: seals the urn (irreversible); the answer carries the election's fingerprint. */
    @POST
    @Path("{year: [0-9]{4}}/seal")
    public JsonObject seal(@PathParam("year") int year) {
        ceremony.seal(year);
        return status(year);
    }

    /** Agents: closes the urn after the vote; the holders may then decrypt the totals. */
    @POST
    @Path("{year: [0-9]{4}}/close")
    public JsonObject close(@PathParam("year") int year) {
        ceremony.close(year);
        return status(year);
    }

    private JsonObject status(int year) {
        return ceremony.view(year).map(view -> {
            JsonObjectBuilder json = Json.createObjectBuilder().add("year", year).add("status", view.urn().status().name())
                    .add("threshold", view.urn().threshold()).add("holders", view.urn().holders());
            if (view.urn().fingerprint() != null) {
                json.add("fingerprint", view.urn().fingerprint());
            }
            return json.build();
        }).orElseThrow(() -> new NotFoundException("Aucune urne pour " + year + "."));
    }

    private JsonObject json(HolderView view) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("step", view.step().name()).add("position", view.position())
                .add("threshold", view.threshold()).add("holders", view.holders())
                .add("message", StepText.of(view.step()));
        JsonArrayBuilder certs = Json.createArrayBuilder();
        view.certs().forEach(c -> certs.add(parse(c)));
        json.add("certs", certs);
        if (view.vinput() != null) {
            json.add("vinput", parse(view.vinput()));
        }
        if (view.privateKey() != null) {
            json.add("private_key", view.privateKey());
        }
        if (view.encryptedTally() != null) {
            json.add("encrypted_tally", Json.createReader(new java.io.StringReader(view.encryptedTally())).readValue());
        }
        JsonArrayBuilder fingerprints = Json.createArrayBuilder();
        view.fingerprints().forEach(f -> {
            JsonObjectBuilder line = Json.createObjectBuilder().add("position", f.position()).add("name", f.name())
                    .add("compared", f.compared());
            if (f.fingerprint() != null) {
                line.add("fingerprint", f.fingerprint());
            }
            fingerprints.add(line);
        });
        json.add("fingerprints", fingerprints);
        if (view.electionFingerprint() != null) {
            json.add("election_fingerprint", view.electionFingerprint());
        }
        return json.build();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new java.io.StringReader(json)).readObject();
    }


    /** What each step asks of the holder, in French. */
    static final class StepText {
        private StepText() {
        }

        static String of(CeremonyStep step) {
            return switch (step) {
                case CERT -> "Créez votre clé et envoyez votre certificat.";
                case POLYNOMIAL -> "Tous les certificats sont là : envoyez votre polynôme et les parts chiffrées pour chacun.";
                case VOUTPUT -> "Vérifiez les parts reçues et envoyez votre clé de vérification.";
                case COMPARE -> "Comparez à voix haute les empreintes de clé avec les autres détenteurs, puis confirmez sur la page « Détenteur de clé ».";
                case DECRYPT -> "Le vote est clos : envoyez votre déchiffrement partiel des totaux.";
                case WAIT -> "En attente des autres détenteurs.";
                case DONE -> "Rien à faire pour le moment.";
            };
        }
    }
}
