package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.ambassador.internship.Application;
import fr.budgetcitoyen.ambassador.internship.InternshipKind;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipRequest;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import fr.budgetcitoyen.ambassador.internship.OfferDetails;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.testing.TestContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ambassador's request lists read the database a fixed number of times, whatever their number of rows (issue 21). */
class AmbassadorRequestsQueriesTest {

    private TestContainer container;
    private Ambassador ambassador;
    private InternshipOffer offer;
    private int people;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        Account manager = account("manager");
        ambassador = Ambassador.recognise(new AmbassadorProfile("La Ressourcerie du Ternois", Theme.ENVIRONMENT, "Réemploi.",
                null, null, false), 2018, "CP 2018", "62041", "arrageois", LegalForm.ASSOCIATION);
        ambassador.entrustTo(manager.id());
        container.persist(ambassador);
        offer = container.persist(InternshipOffer.publish(ambassador, new OfferDetails(InternshipKind.INTERNSHIP, "Stage atelier",
                Theme.ENVIRONMENT, "62041", today().plusDays(30), today().plusDays(90), "Réparer."), "arrageois", today(), now()));
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void mentoringRequestsToAnAmbassador() {
        long one = statementsOfMentoringList(1);
        assertEquals(one, statementsOfMentoringList(5));
    }

    @Test
    void internshipRequestsToAnAmbassador() {
        long one = statementsOfInternshipList(1);
        assertEquals(one, statementsOfInternshipList(5));
    }

    /** The account page's applications: each with its offer and its initiative's name. */
    @Test
    void applicationsOfAYoungPerson() {
        Account applicant = account("applicant");
        long one = statementsOfApplications(applicant, 1);
        assertEquals(one, statementsOfApplications(applicant, 4));
    }

    private long statementsOfApplications(Account applicant, int more) {
        for (int i = 0; i < more; i++) {
            InternshipOffer another = container.persist(InternshipOffer.publish(ambassador, new OfferDetails(InternshipKind.CIVIC_SERVICE,
                    "Mission " + i, Theme.YOUTH, "62041", today().plusDays(30), today().plusDays(90), "Accueillir."), "arrageois",
                    today(), now()));
            container.persist(InternshipRequest.apply(another, ambassador, applicant.id(), "Je candidate", false, today(), now()));
        }
        InternshipService internships = container.bean(InternshipService.class);
        container.actAs(applicant.email());
        return container.statementsOf(() -> {
            List<Application> lines = container.inTransaction(internships::myApplications);
            assertEquals("La Ressourcerie du Ternois", lines.get(0).ambassadorName());
            assertEquals(lines.get(0).request().offerId(), lines.get(0).offer().id());
        });
    }

    /** The statements of /my-ambassador's mentoring list once {@code more} people have asked. */
    private long statementsOfMentoringList(int more) {
        for (int i = 0; i < more; i++) {
            Account carrier = account("carrier");
            container.persist(MentoringRequest.ask(ambassador, carrier.id(), "Aidez-moi", false, now()));
        }
        AmbassadorNetworkService network = container.bean(AmbassadorNetworkService.class);
        container.actAs("manager@example.org");
        return container.statementsOf(() -> assertTrue(container.inTransaction(network::requestsToMe).stream()
                .anyMatch(line -> line.requesterName().equals("carrier " + people))));
    }

    private long statementsOfInternshipList(int more) {
        for (int i = 0; i < more; i++) {
            Account applicant = account("applicant");
            container.persist(InternshipRequest.apply(offer, ambassador, applicant.id(), "Je candidate", false, today(), now()));
        }
        InternshipService internships = container.bean(InternshipService.class);
        container.actAs("manager@example.org");
        return container.statementsOf(() -> {
            List<ReceivedRequest<InternshipRequest>> lines = container.inTransaction(internships::requestsToMe);
            assertTrue(lines.stream().anyMatch(line -> line.requesterName().equals("applicant " + people)));
            assertTrue(lines.stream().allMatch(line -> line.offerTitle().equals("Stage atelier")));
        });
    }

    private Account account(String who) {
        String email = who.equals("manager") ? "manager@example.org" : who + (++people) + "@example.org";
        return container.persist(Account.register(email, who + " " + people, LocalDate.of(1990, 1, 1), "62041", null, "hash",
                now(), today()));
    }

    private Instant now() {
        return container.clock().instant();
    }

    private LocalDate today() {
        return LocalDate.now(container.clock());
    }
}
