package fr.budgetcitoyen.urn;

import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One branch of a disjunctive Chaum–Pedersen proof (Belenios §4.9), with its commitments {@code [A, B]}
 * published (deviation 3 of the README) so that a whole ballot is checked in one multi-scalar multiplication:
 * {@code {"commitment":["<A>","<B>"],"challenge":"<c>","response":"<s>"}}.
 */
public record Proof(ECPoint commitmentA, ECPoint commitmentB, BigInteger challenge, BigInteger response) {

    public Proof {
        if (commitmentA == null || commitmentB == null || challenge == null || response == null) {
            throw new IllegalArgumentException("a proof has two commitments, a challenge and a response");
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commitment", List.of(Group.encode(commitmentA), Group.encode(commitmentB)));
        json.put("challenge", Group.scalar(challenge));
        json.put("response", Group.scalar(response));
        return json;
    }

    public static Proof fromJson(Object value, String what) {
        Map<String, Object> json = Json.asObject(value, what);
        Fields.exactly(json, what, "commitment", "challenge", "response");
        List<Object> commitment = Fields.size(Json.array(json, "commitment"), what + ", engagement", 2, 2);
        return new Proof(point(commitment.get(0), what), point(commitment.get(1), what),
                Group.scalar(Json.string(json, "challenge")), Group.scalar(Json.string(json, "response")));
    }

    private static ECPoint point(Object hex, String what) {
        if (!(hex instanceof String s)) {
            throw new InvalidMessageException(what + " : engagement attendu sous forme de point");
        }
        return Group.decode(s);
    }
}
