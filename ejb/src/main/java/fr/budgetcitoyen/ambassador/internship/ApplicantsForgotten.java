package fr.budgetcitoyen.ambassador.internship;

import fr.budgetcitoyen.account.AccountErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A deleted account's internship requests lose their message, in the deletion's transaction. */
@ApplicationScoped
public class ApplicantsForgotten {

    @Inject
    private InternshipRepository internships;

    void on(@Observes AccountErased erased) {
        internships.requestsBy(erased.accountId()).forEach(InternshipRequest::forget);
    }
}
