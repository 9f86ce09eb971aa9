package fr.budgetcitoyen.comptoir;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The comptoir sessions, each with its registrations loaded. */
public interface ComptoirRepository {

    Optional<ComptoirSession> find(long id);

    /** The session locked until the transaction ends: registrations for its seats queue up, one at a time. */
    Optional<ComptoirSession> findForUpdate(long id);

    /** The sessions of an edition in chronological order, optionally of one territory and workshop. */
    List<ComptoirSession> byCampaign(long campaignId, String territoryCode, Workshop workshop);

    List<ComptoirSession> hostedBy(long accountId);

    List<ComptoirSession> startingOn(LocalDate day);

    /** The sessions a resident registered to (cancelled ones included), most recent first. */
    List<ComptoirSession> withRegistrationOf(long accountId);

    void store(ComptoirSession session);
}
