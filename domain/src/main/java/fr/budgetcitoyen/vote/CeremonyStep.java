package fr.budgetcitoyen.vote;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a key holder has to do now. Each step waits for every holder to finish the one before, as in
 * Belenios' threshold key establishment (certificates, then polynomials, then verification outputs).
 */
public enum CeremonyStep {
    CERT, POLYNOMIAL, VOUTPUT, COMPARE, DECRYPT, WAIT, DONE;

    public static CeremonyStep of(Urn urn, List<KeyHolder> holders, KeyHolder me) {
        return switch (urn.status()) {
            case KEY_GENERATION -> keyGeneration(urn, holders, me);
            case SEALED, COUNTED -> DONE;
            case COUNTING -> me.partialDecryption() == null ? DECRYPT : DONE;
        };
    }

    private static CeremonyStep keyGeneration(Urn urn, List<KeyHolder> holders, KeyHolder me) {
        if (me.cert() == null) {
            return CERT;
        }
        if (!all(holders, h -> h.cert() != null)) {
            return WAIT;
        }
        if (me.polynomial() == null) {
            return POLYNOMIAL;
        }
        if (!all(holders, h -> h.polynomial() != null)) {
            return WAIT;
        }
        if (me.voutput() == null) {
            return VOUTPUT;
        }
        if (urn.thresholdParameters() == null) {
            return WAIT;
        }
        return me.hasCompared() ? WAIT : COMPARE;
    }

    private static boolean all(List<KeyHolder> holders, Predicate<KeyHolder> done) {
        return holders.size() == holders.stream().filter(done).count();
    }
}
