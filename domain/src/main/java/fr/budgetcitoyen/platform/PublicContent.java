package fr.budgetcitoyen.platform;

import fr.budgetcitoyen.account.AccountToken;
import fr.budgetcitoyen.account.LoginFailure;
import fr.budgetcitoyen.audit.AuditChainHead;
import fr.budgetcitoyen.audit.AuditEntry;
import fr.budgetcitoyen.mail.QueuedMail;
import fr.budgetcitoyen.vote.AssistanceTicket;
import fr.budgetcitoyen.vote.Ballot;
import fr.budgetcitoyen.vote.KeyHolder;
import fr.budgetcitoyen.vote.Participation;
import fr.budgetcitoyen.vote.Urn;
import fr.budgetcitoyen.vote.UrnBallot;
import fr.budgetcitoyen.vote.VoterPseudonym;

import java.util.Optional;
import java.util.Set;

/**
 * What the public pages show, in two parts that change at very different rates: the vote (ballots, participations,
 * the urn: many times a second in September) and everything else (campaigns, projects, ideas, the networks: a few
 * times a day). A page kept for anonymous visitors is kept until a part it shows changes (issue 19), so that a vote
 * never throws away the home page.
 */
public enum PublicContent {
    /** Campaigns, projects, ideas, comptoirs, ambassadors, SCIC, partners, CDESS, results and follow-up. */
    CONTENT,
    /** The vote as it goes: ballots, participations, the urn and its key holders. */
    VOTE;

    private static final Set<Class<?>> VOTE_ENTITIES = Set.of(Ballot.class, Participation.class, Urn.class,
            UrnBallot.class, KeyHolder.class, VoterPseudonym.class);
    /** Never on a public page: tokens, failed sign-ins, the audit log, the outbox, assisted-vote tickets. */
    private static final Set<Class<?>> PRIVATE_ENTITIES = Set.of(AccountToken.class, LoginFailure.class,
            AuditEntry.class, AuditChainHead.class, QueuedMail.class, AssistanceTicket.class);

    /** The part an entity belongs to; empty for what no public page shows. */
    public static Optional<PublicContent> of(Class<?> entity) {
        if (PRIVATE_ENTITIES.contains(entity)) {
            return Optional.empty();
        }
        return Optional.of(VOTE_ENTITIES.contains(entity) ? VOTE : CONTENT);
    }
}
