package fr.budgetcitoyen.vote;

import java.util.List;

/** A vote that is not recorded, with every reason as a bundle key and what kind of refusal it is. */
public class VoteRefusedException extends RuntimeException {

    /** Decides the API's status code: 403, 409 or 422. */
    public enum Kind { NOT_ELIGIBLE, ALREADY_VOTED, INVALID_CHOICE, NOT_PUBLISHED_YET }

    private final Kind kind;
    private final List<String> messageKeys;

    public VoteRefusedException(Kind kind, List<String> messageKeys) {
        super(kind + " " + messageKeys);
        this.kind = kind;
        this.messageKeys = List.copyOf(messageKeys);
    }

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

    public Kind kind() {
        return kind;
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
