package fr.budgetcitoyen.web.vote;

import jakarta.annotation.security.RolesAllowed;
import fr.budgetcitoyen.vote.IdempotencyKey;
import fr.budgetcitoyen.vote.Tracker;
import fr.budgetcitoyen.vote.VoteService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;

/**
 * {@code POST /api/votes} (signed in, web.xml) with {@code {"category": "COOPERATION", "ballot": {…}}}, a
 * ballot the client encrypted (urn/README.md), or {@code {"category": "COOPERATION", "project": 12}}, which
 * the server encrypts on the voter's behalf: 201 with the ballot's tracker; refusals by {@link VoteRefusalMapper}.
 * With an {@code Idempotency-Key} header, the same vote sent again (a lost answer, a 503) answers 201 with the
 * first tracker and {@code Idempotent-Replayed: true} instead of 409.
 */
@Path("votes")
@RolesAllowed("RESIDENT")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class VoteResource {

    /**
     * The project as a decimal, so that {@code 1.5} is refused instead of being read as 1; {@code mailReceipt}
     * (optional, true or false: a JSON boolean, {@code "yes"} is a 400) also mails the tracker to the voter.
     */
    public record VoteRequest(String category, BigDecimal project, JsonObject ballot, JsonValue mailReceipt) {
    }

    /** {@code receipt} repeats the tracker for clients of the plaintext vote. */
    public record TrackerJson(String category, String tracker, String receipt) {
    }

    @EJB private VoteService votes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cast(VoteRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (request == null || request.category() == null || (request.project() == null) == (request.ballot() == null)) {
            throw new BadRequestException("Corps JSON attendu : {\"category\": \"CODE\", \"ballot\": {…}} "
                    + "ou {\"category\": \"CODE\", \"project\": identifiant}");
        }
        boolean mail = mailReceipt(request.mailReceipt());
        IdempotencyKey key = key(idempotencyKey);
        Tracker tracker = request.ballot() != null
                ? votes.castEncrypted(request.category(), request.ballot().toString(), mail, key)
                : votes.cast(request.category(), projectId(request.project()), mail, key);
        Response.ResponseBuilder created = Response.status(Response.Status.CREATED)
                .entity(new TrackerJson(tracker.categoryCode(), tracker.code(), tracker.code()));
        return (tracker.replayed() ? created.header("Idempotent-Replayed", "true") : created).build();
    }

    /** Read as a JSON boolean only: a lenient reader took {@code "yes"} for false and mailed nothing. */
    private static boolean mailReceipt(JsonValue value) {
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw new BadRequestException("« mailReceipt » attend true ou false (un booléen JSON) ; reçu : " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private static IdempotencyKey key(String header) {
        try {
            return IdempotencyKey.ofNullable(header);
        } catch (IllegalArgumentException malformed) {
            throw new BadRequestException(malformed.getMessage());
        }
    }

    private static long projectId(BigDecimal project) {
        try {
            return project.longValueExact();
        } catch (ArithmeticException notAnIdentifier) {
            throw new BadRequestException("« project » doit être l'identifiant entier d'un projet.");
        }
    }
}
