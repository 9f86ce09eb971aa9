package fr.budgetcitoyen.urn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What holder {@code i} sends at the second step of the ceremony (Belenios' specification §4.3,
 * {@code polynomial}), for a random polynomial {@code f_i} of degree {@code t − 1}:
 * <ul>
 * <li>{@code polynomial}: {@code send(sk_i, ek_i, {"polynomial":[a_i0 … a_i(t−1)]})}, the coefficients
 * encrypted to the holder itself: the server keeps them for the next step, so the holder keeps nothing but
 * its seed;</li>
 * <li>{@code secrets}: {@code send(sk_i, ek_j, {"secret": f_i(j)})} for {@code j = 1..n}, each share readable
 * by its recipient only;</li>
 * <li>{@code coefexps}: {@code signed_msg(sk_i, {"coefexps":[a_ik·G …]})}, the public commitments against
 * which every share is checked.</li>
 * </ul>
 */
public record Polynomial(String polynomial, List<String> secrets, SignedMessage coefexps) implements JsonMessage {

    public Polynomial {
        secrets = List.copyOf(secrets);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("polynomial", polynomial);
        json.put("secrets", new ArrayList<Object>(secrets));
        json.put("coefexps", coefexps.toJson());
        return json;
    }

    /** Reads the structure; {@link KeyCeremony#checkPolynomial} checks the rest. */
    public static Polynomial fromJson(Object json) {
        Map<String, Object> in = Fields.object(json, "polynôme", "polynomial", "secrets", "coefexps");
        List<String> secrets = Fields.strings(in, "secrets", 1, KeyCeremony.MAX_HOLDERS);
        return new Polynomial(Json.string(in, "polynomial"), secrets, SignedMessage.fromJson(in.get("coefexps")));
    }

    public static Polynomial parse(String serialized) {
        return fromJson(Json.parse(serialized));
    }
}
