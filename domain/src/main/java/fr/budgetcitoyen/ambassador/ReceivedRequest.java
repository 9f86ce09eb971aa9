package fr.budgetcitoyen.ambassador;

/**
 * A line of an ambassador's requests: the request, who sent it and, for an application, the offer's title (null for
 * mentoring) — read with the requests, not once per line.
 */
public record ReceivedRequest<R extends AmbassadorRequest>(R request, String requesterName, String offerTitle) {
}
