package fr.budgetcitoyen.urn.tool;

import fr.budgetcitoyen.urn.Cert;
import fr.budgetcitoyen.urn.InvalidMessageException;
import fr.budgetcitoyen.urn.Json;
import fr.budgetcitoyen.urn.KeyHolder;
import fr.budgetcitoyen.urn.VInput;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a holder computes at each step of the ceremony, from the ceremony's JSON (what
 * {@code GET /api/urn/{year}/ceremony} answers, or the same saved in a file) and the holder's seed. Every
 * step checks what the server handed over before using it (see {@link KeyHolder}).
 */
final class HolderStep {

    static final String CERT = "CERT";
    static final String POLYNOMIAL = "POLYNOMIAL";
    static final String VOUTPUT = "VOUTPUT";
    static final String DECRYPT = "DECRYPT";

    private HolderStep() {
    }

    /** Whether the holder's tool has something to compute at this step. */
    static boolean isComputed(String step) {
        return CERT.equals(step) || POLYNOMIAL.equals(step) || VOUTPUT.equals(step) || DECRYPT.equals(step);
    }

    /** The message of this step, as a JSON object. */
    static Map<String, Object> message(KeyHolder holder, String step, Map<String, Object> ceremony) {
        try {
            return switch (step) {
                case CERT -> holder.cert().toJson();
                case POLYNOMIAL -> {
                    List<Cert> certs = certs(ceremony);
                    checkPosition(holder, certs, ceremony);
                    yield holder.polynomial(certs, threshold(ceremony)).toJson();
                }
                case VOUTPUT -> {
                    List<Cert> certs = certs(ceremony);
                    checkPosition(holder, certs, ceremony);
                    yield holder.voutput(certs, VInput.fromJson(json(ceremony.get("vinput"), "vinput"))).toJson();
                }
                case DECRYPT -> {
                    int position = certs(ceremony).isEmpty() ? integer(ceremony, "position")
                            : checkPosition(holder, certs(ceremony), ceremony);
                    yield holder.partialDecryptionOfJson(Json.string(ceremony, "private_key"),
                            json(ceremony.get("encrypted_tally"), "encrypted_tally"), position).toJson();
                }
                default -> throw ToolException.failure("rien à calculer à l'étape « " + step + " »");
            };
        } catch (InvalidMessageException e) {
            throw ToolException.failure("étape " + step + " refusée : " + e.getMessage());
        }
    }

    /** The holders' certificates, each checked (signed by its own key); empty before they are all known. */
    static List<Cert> certs(Map<String, Object> ceremony) {
        Object value = ceremony.get("certs");
        if (value == null) {
            return List.of();
        }
        List<Cert> certs = new ArrayList<>();
        for (Object cert : Json.asArray(json(value, "certs"), "certs")) {
            certs.add(Cert.fromJson(json(cert, "certificat"), certs.size() + 1));
        }
        Object holders = ceremony.get("holders");
        if (!certs.isEmpty() && holders instanceof Long n && n != certs.size()) {
            throw new InvalidMessageException("le serveur annonce " + n + " détenteurs mais transmet " + certs.size()
                    + " certificats");
        }
        return certs;
    }

    /** The holder's own position among the certificates, which must be the one the server says. */
    private static int checkPosition(KeyHolder holder, List<Cert> certs, Map<String, Object> ceremony) {
        if (certs.isEmpty()) {
            throw new InvalidMessageException("les certificats des détenteurs manquent");
        }
        int position = holder.position(certs);
        Object announced = ceremony.get("position");
        if (announced instanceof Long p && p != position) {
            throw new InvalidMessageException("le serveur vous place en position " + p + " mais votre certificat est en position "
                    + position);
        }
        return position;
    }

    private static int threshold(Map<String, Object> ceremony) {
        return integer(ceremony, "threshold");
    }

    private static int integer(Map<String, Object> ceremony, String field) {
        long value = Json.integer(ceremony, field);
        if (value < 1 || value > 1000) {
            throw new InvalidMessageException("champ « " + field + " » hors limites : " + value);
        }
        return (int) value;
    }

    /** A message the server may send as JSON or as its serialisation in a string. */
    static Object json(Object value, String what) {
        if (value == null) {
            throw new InvalidMessageException("champ « " + what + " » absent");
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (t.startsWith("{") || t.startsWith("[")) {
                return Json.parse(t);
            }
        }
        return value;
    }

    /** Every holder's key fingerprint, to be compared aloud at the sealing; the holder's own marked. */
    static void printFingerprints(List<Cert> certs, KeyHolder me, PrintStream out) {
        if (certs.isEmpty()) {
            return;
        }
        out.println("Empreintes des clés des détenteurs (à comparer à voix haute lors du scellement) :");
        for (int i = 0; i < certs.size(); i++) {
            Cert cert = certs.get(i);
            boolean mine = me != null && cert.verification().equals(me.keys().vk());
            out.println("  détenteur " + (i + 1) + " : " + cert.fingerprint() + (mine ? "   ← vous" : ""));
        }
    }
}
