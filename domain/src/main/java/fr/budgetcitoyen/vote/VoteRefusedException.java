package fr.budgetcitoyen.vote;

import java.util.List;

/** A vote that is not recorded, with every reason as a bundle key and what kind of refusal it is. */
public class VoteRefusedException extends RuntimeException {

    /** Decides the API's status code: 403, 409 or 422. */
    public enum Kind { NOT_ELIGIBLE, ALREADY_VOTED, INVALID_CHOICE, NOT_PUBLISHED_YET, URN_NOT_READY }

    private final Kind kind;
    private final List<String> messageKeys;
    private final String detail;

    public VoteRefusedException(Kind kind, List<String> messageKeys) {
        this(kind, messageKeys, null);
    }

    private VoteRefusedException(Kind kind, List<String> messageKeys, String detail) {
        super(kind + " " + messageKeys + (detail == null ? "" : " " + detail));
        this.kind = kind;
        this.messageKeys = List.copyOf(messageKeys);
        this.detail = detail;
    }

    /** An encrypted ballot whose proofs do not check: what the urn module said, in French. */
    public static VoteRefusedException invalidBallot(String detail) {
        return new VoteRefusedException(Kind.INVALID_CHOICE, List.of("vote.refused.INVALID_BALLOT"), detail);
    }

    /** The edition's urn is not sealed (or no longer takes ballots). */
    public static VoteRefusedException urnNotReady() {
        return new VoteRefusedException(Kind.URN_NOT_READY, List.of("vote.refused.URN_NOT_READY"));
    }

    /** The cryptography's own explanation, or null. */
    public String detail() { return detail; }

    public static VoteRefusedException notEligible(List<Ineligibility> refusals) {
        return new VoteRefusedException(Kind.NOT_ELIGIBLE, refusals.stream().map(Ineligibility::messageKey).toList());
    }

    public static VoteRefusedException alreadyVoted() {
        return new VoteRefusedException(Kind.ALREADY_VOTED, List.of("vote.refused.ALREADY_VOTED"));
    }

    public static VoteRefusedException notPublishedYet() {
        return new VoteRefusedException(Kind.NOT_PUBLISHED_YET, List.of("vote.refused.BALLOTS_NOT_PUBLISHED"));
    }

    public static VoteRefusedException invalidChoice(String key) {
        return new VoteRefusedException(Kind.INVALID_CHOICE, List.of(key));
    }

    public Kind kind() { return kind; }

    public List<String> messageKeys() { return messageKeys; }
}
