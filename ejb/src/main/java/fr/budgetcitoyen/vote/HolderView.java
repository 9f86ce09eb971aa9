package fr.budgetcitoyen.vote;

import java.util.List;

/**
 * What a key holder sees of the ceremony: their step and the messages it needs (JSON strings, as the
 * tool reads them), and every holder's key fingerprint once known.
 */
public record HolderView(int year, CeremonyStep step, int position, int threshold, int holders,
                         List<String> certs, String vinput, String privateKey, String encryptedTally,
                         List<Fingerprint> fingerprints, String electionFingerprint) {

    /** A holder's key fingerprint, read aloud at the sealing. */
    public record Fingerprint(int position, String name, String fingerprint, boolean compared) {
    }
}
