package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.ambassador.internship.InternshipKind;
import fr.budgetcitoyen.ambassador.internship.InternshipOffer;
import fr.budgetcitoyen.ambassador.internship.InternshipRequest;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import fr.budgetcitoyen.ambassador.internship.OfferDetails;
import fr.budgetcitoyen.mail.Mail;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.testing.TestContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both kinds of request go through one flow: the ambassador's account told of a new one; once answered, the reply kept
 * and the person who asked mailed with the right page.
 */
class RequestAnswersTest {

    private TestContainer container;
    private Ambassador ambassador;
    private Account asker;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        Account manager = account("manager@example.org", "Manager");
        asker = account("jeune@example.org", "Jeune");
        ambassador = Ambassador.recognise(new AmbassadorProfile("Le Phare numérique", Theme.DIGITAL, "Permanences.", null,
                "contact@phare.example.org", true), 2019, "CP 2019", "62041", "arrageois", LegalForm.ASSOCIATION);
        ambassador.entrustTo(manager.id());
        container.persist(ambassador);
        container.actAs("manager@example.org");
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void anAcceptedMentoringRequestSendsTheAnswerAndTheContact() {
        MentoringRequest request = container.persist(MentoringRequest.ask(ambassador, asker.id(), "Aidez-moi", false, now()));
        AmbassadorNetworkService network = container.bean(AmbassadorNetworkService.class);
        container.inTransaction(() -> network.accept(request.id(), "Avec plaisir"));

        Mail mail = onlyMail();
        assertEquals("jeune@example.org", mail.to());
        assertTrue(mail.body().contains("Avec plaisir\n\ncontact@phare.example.org"), mail.body());
        assertTrue(mail.body().contains("/ambassador?id=" + ambassador.id()), mail.body());
        assertEquals(RequestStatus.ACCEPTED, container.inTransaction(network::requestsToMe).get(0).request().status());
    }

    @Test
    void aDeclinedApplicationNeedsAWordAndPointsToTheOtherOffers() {
        InternshipOffer offer = container.persist(InternshipOffer.publish(ambassador, new OfferDetails(InternshipKind.INTERNSHIP,
                "Stage médiation", Theme.DIGITAL, "62041", today().plusDays(10), today().plusDays(60), "Accueillir."), "arrageois",
                today(), now()));
        InternshipRequest request = container.persist(InternshipRequest.apply(offer, ambassador, asker.id(), "Je candidate", false,
                today(), now()));
        InternshipService internships = container.bean(InternshipService.class);

        InvalidFieldsException bare = assertThrows(InvalidFieldsException.class,
                () -> container.inTransaction(() -> internships.decline(request.id(), " ")));
        assertEquals("internship.answer.required", bare.problems().get(0).key());
        assertEquals(List.of(), container.fired());

        container.inTransaction(() -> internships.decline(request.id(), "Le stage est pourvu"));
        Mail mail = onlyMail();
        assertTrue(mail.body().contains("Le Phare numérique — Stage médiation"), mail.body());
        assertTrue(mail.body().contains("Le stage est pourvu") && mail.body().contains("/internships"), mail.body());
        assertEquals(RequestStatus.DECLINED, container.inTransaction(internships::requestsToMe).get(0).request().status());
    }

    @Test
    void aNewRequestOfEitherKindIsMailedToTheAmbassadorsManager() {
        container.actAs("jeune@example.org");
        container.inTransaction(() -> container.bean(AmbassadorNetworkService.class).ask(ambassador.id(), "Aidez-moi"));
        Mail mentoring = onlyMail();
        assertEquals("manager@example.org", mentoring.to());
        assertTrue(mentoring.subject().contains("aide"), mentoring.subject());
        assertTrue(mentoring.body().contains("Jeune aimerait votre aide :\n\nAidez-moi") && mentoring.body().contains("/my-ambassador"),
                mentoring.body());

        container.fired().clear();
        InternshipOffer offer = container.persist(InternshipOffer.publish(ambassador, new OfferDetails(InternshipKind.INTERNSHIP,
                "Stage médiation", Theme.DIGITAL, "62041", today().plusDays(10), today().plusDays(60), "Accueillir."), "arrageois",
                today(), now()));
        container.inTransaction(() -> container.bean(InternshipService.class).apply(offer.id(), "Je candidate"));
        Mail application = onlyMail();
        assertEquals("manager@example.org", application.to());
        assertTrue(application.subject().contains("candidature"), application.subject());
        assertTrue(application.body().contains("« Stage médiation » :\n\nJeune : Je candidate")
                && application.body().contains("/my-ambassador"), application.body());
    }

    private Mail onlyMail() {
        assertEquals(1, container.fired().size(), container.fired().toString());
        return (Mail) container.fired().get(0);
    }

    private Account account(String email, String name) {
        Account account = Account.register(email, name, LocalDate.of(1990, 1, 1), "62041", null, "hash", now(), today());
        account.confirmEmail(today()); // only active accounts are mailed
        return container.persist(account);
    }

    private java.time.Instant now() {
        return container.clock().instant();
    }

    private LocalDate today() {
        return LocalDate.now(container.clock());
    }
}
