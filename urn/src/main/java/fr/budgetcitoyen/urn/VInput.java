package fr.budgetcitoyen.urn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server routes to holder {@code j} for the third step (Belenios' specification §4.3,
 * {@code vinput}): its own encrypted polynomial back, the shares {@code f_i(j)} every holder {@code i} sent
 * it ({@code P_i.secrets[j]}), and every holder's signed commitments ({@code P_i.coefexps}).
 */
public record VInput(String polynomial, List<String> secrets, List<SignedMessage> coefexps) implements JsonMessage {

    public VInput {
        secrets = List.copyOf(secrets);
        coefexps = List.copyOf(coefexps);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("polynomial", polynomial);
        json.put("secrets", new ArrayList<Object>(secrets));
        List<Object> c = new ArrayList<>();
        for (SignedMessage m : coefexps) {
            c.add(m.toJson());
        }
        json.put("coefexps", c);
        return json;
    }

    public static VInput fromJson(Object json) {
        Map<String, Object> in = Fields.object(json, "vinput", "polynomial", "secrets", "coefexps");
        List<String> secrets = Fields.strings(in, "secrets", 1, KeyCeremony.MAX_HOLDERS);
        List<SignedMessage> coefexps = new ArrayList<>();
        for (Object c : Fields.list(in, "coefexps", 1, KeyCeremony.MAX_HOLDERS)) {
            coefexps.add(SignedMessage.fromJson(c));
        }
        return new VInput(Json.string(in, "polynomial"), secrets, coefexps);
    }

    public static VInput parse(String serialized) {
        return fromJson(Json.parse(serialized));
    }
}
