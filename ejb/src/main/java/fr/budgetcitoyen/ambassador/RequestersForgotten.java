package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.account.AccountErased;
import fr.budgetcitoyen.ambassador.internship.InternshipRepository;
import fr.budgetcitoyen.ambassador.internship.InternshipRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A deleted account's mentoring and internship requests lose their message, in the deletion's transaction. */
@ApplicationScoped
public class RequestersForgotten {

    @Inject private AmbassadorNetworkRepository network;
    @Inject private InternshipRepository internships;

    void on(@Observes AccountErased erased) {
        network.requestsBy(erased.accountId()).forEach(MentoringRequest::forget);
        internships.requestsBy(erased.accountId()).forEach(InternshipRequest::forget);
    }
}
