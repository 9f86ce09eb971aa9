package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.shared.Theme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ambassadors' offers and the requests young people send them. */
public interface InternshipRepository {

    /** The offers still taking requests on {@code today}, soonest start first; a null filter keeps all. */
    List<InternshipOffer> openOffers(InternshipKind kind, String territoryCode, Theme topic, LocalDate today, int first, int max);

    long countOpenOffers(InternshipKind kind, String territoryCode, Theme topic, LocalDate today);

    /** All of an ambassador's offers, newest first. */
    List<InternshipOffer> offersOf(long ambassadorId);

    Optional<InternshipOffer> offer(long id);

    /** Several offers in one read (the lines of someone's applications). */
    List<InternshipOffer> offers(Collection<Long> ids);

    void store(InternshipOffer offer);

    /** The requests to an ambassador's offers, newest first. */
    List<InternshipRequest> requestsTo(long ambassadorId);

    List<InternshipRequest> requestsBy(long applicantAccountId);

    Optional<InternshipRequest> request(long id);

    boolean hasAsked(long offerId, long applicantAccountId);

    void store(InternshipRequest request);
}
