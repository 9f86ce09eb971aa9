package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.budgetcitoyen.urn.Ballot;
import fr.budgetcitoyen.urn.BallotEncryptor;
import fr.budgetcitoyen.urn.Ciphertext;
import fr.budgetcitoyen.urn.Election;
import fr.budgetcitoyen.urn.Group;
import fr.budgetcitoyen.urn.Randomness;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ballots encrypted by the voter's device, through the API on the real server: a valid one is taken and
 * found on the board by its tracker; forged ones are refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class EncryptedBallotApiIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private record Voter(PortalSession session, String pseudonym) {
    }

    private static int year() {
        return DemoEditionsApi.voting().getInt("year");
    }

    private static Election election() {
        Http.Response response = Http.portal("/api/campaigns/" + year() + "/election");
        assertEquals(200, response.status(), response.body());
        Election election = Election.parse(response.body());
        assertEquals(Group.hashJson(response.body()), election.fingerprint());
        return election;
    }

    private static Voter voter() {
        PortalSession session = Voters.newResident(MAIL, LocalDate.of(1988, 6, 1));
        Http.Response pseudonym = session.get("/api/urn/pseudonym");
        assertEquals(200, pseudonym.status(), pseudonym.body());
        return new Voter(session, pseudonym.json(JsonObject.class).getString("pseudonym"));
    }

    private static int question(Election election, String category) {
        for (int i = 0; i < election.questions().size(); i++) {
            if (election.question(i).category().equals(category)) {
                return i;
            }
        }
        throw new AssertionError("no question for " + category);
    }

    private static Http.Response cast(Voter voter, String category, String ballotJson) {
        return voter.session().json("POST", "/api/votes", "{\"category\":\"" + category + "\",\"ballot\":" + ballotJson + "}");
    }

    @Test
    void aBallotEncryptedByTheVotersDeviceIsTakenAndOnTheBoard() {
        Election election = election();
        Voter voter = voter();
        Ballot ballot = BallotEncryptor.encrypt(election, question(election, "COOPERATION"), 0, voter.pseudonym(),
                Randomness.secure()).ballot();
        Http.Response cast = cast(voter, "COOPERATION", ballot.json());
        assertEquals(201, cast.status(), cast.body());
        assertEquals(ballot.tracker(), cast.json(JsonObject.class).getString("tracker"));
        String board = Http.portal("/api/campaigns/" + year() + "/board").body();
        assertTrue(board.contains(ballot.tracker()) && board.contains(voter.pseudonym()), "the tracker is on the board");
        assertTrue(!board.contains(ballot.json()), "the ballots themselves are published once the vote is over, not before");

        Http.Response again = cast(voter, "COOPERATION", BallotEncryptor.encrypt(election, question(election, "COOPERATION"), 1,
                voter.pseudonym(), Randomness.secure()).ballot().json());
        assertEquals(409, again.status(), again.body());
    }

    @Test
    void aVoteSentAgainWithItsIdempotencyKeyGetsItsFirstTracker() {
        Election election = election();
        Voter voter = voter();
        int q = question(election, "COOPERATION");
        String first = BallotEncryptor.encrypt(election, q, 0, voter.pseudonym(), Randomness.secure()).ballot().json();
        String body = "{\"category\":\"COOPERATION\",\"ballot\":" + first + "}";

        Http.Response malformed = voter.session().json("POST", "/api/votes", body, "Idempotency-Key", "pas une clé !");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.body().contains("Idempotency-Key"), malformed.body());

        Http.Response cast = voter.session().json("POST", "/api/votes", body, "Idempotency-Key", "retry-1");
        assertEquals(201, cast.status(), cast.body());
        String tracker = cast.json(JsonObject.class).getString("tracker");
        assertEquals(Ballot.parse(first).tracker(), tracker, "the malformed key wrote nothing: this is the first ballot");
        assertNull(cast.header("Idempotent-Replayed"));

        // The answer was lost; the client sends the same request again: the same tracker, nothing new written.
        Http.Response retried = voter.session().json("POST", "/api/votes", body, "Idempotency-Key", "retry-1");
        assertEquals(201, retried.status(), retried.body());
        assertEquals(tracker, retried.json(JsonObject.class).getString("tracker"));
        assertEquals("true", retried.header("Idempotent-Replayed"));
        // Even re-encrypted (a page that lost its ballot makes a new one), the key finds the first.
        String reencrypted = BallotEncryptor.encrypt(election, q, 1, voter.pseudonym(), Randomness.secure()).ballot().json();
        Http.Response other = voter.session().json("POST", "/api/votes",
                "{\"category\":\"COOPERATION\",\"ballot\":" + reencrypted + "}", "Idempotency-Key", "retry-1");
        assertEquals(tracker, other.json(JsonObject.class).getString("tracker"), other.body());

        // Another key, or none, is a second vote: refused.
        assertEquals(409, voter.session().json("POST", "/api/votes", body, "Idempotency-Key", "retry-2").status());
        assertEquals(409, cast(voter, "COOPERATION", first).status());
        // The key is the voter's own: another voter sending it votes for themselves.
        Voter stranger = voter();
        String theirs = BallotEncryptor.encrypt(election, q, 0, stranger.pseudonym(), Randomness.secure()).ballot().json();
        Http.Response strangers = stranger.session().json("POST", "/api/votes",
                "{\"category\":\"COOPERATION\",\"ballot\":" + theirs + "}", "Idempotency-Key", "retry-1");
        assertEquals(201, strangers.status(), strangers.body());
        assertEquals(Ballot.parse(theirs).tracker(), strangers.json(JsonObject.class).getString("tracker"));
        assertNull(strangers.header("Idempotent-Replayed"));

        // The server-encrypted form too: {"category","project"} twice with one key, one ballot.
        String project = election.question(question(election, "INNOVATION_SOCIALE")).answers().get(0);
        String plain = "{\"category\":\"INNOVATION_SOCIALE\",\"project\":" + project + "}";
        Http.Response once = voter.session().json("POST", "/api/votes", plain, "Idempotency-Key", "plain-1");
        Http.Response twice = voter.session().json("POST", "/api/votes", plain, "Idempotency-Key", "plain-1");
        assertEquals(201, once.status(), once.body());
        assertEquals(201, twice.status(), twice.body());
        assertEquals(once.json(JsonObject.class).getString("tracker"), twice.json(JsonObject.class).getString("tracker"));
        String board = Http.portal("/api/campaigns/" + year() + "/board").body();
        assertEquals(2, board.split(voter.pseudonym(), -1).length - 1, "two ballots of this voter on the board, one per category");
    }

    @Test
    void forgedBallotsAreRefusedAndNothingIsWritten() {
        Election election = election();
        Voter voter = voter();
        int q = question(election, "INNOVATION_SOCIALE");
        Ballot honest = BallotEncryptor.encrypt(election, q, 0, voter.pseudonym(), Randomness.secure()).ballot();
        Ballot other = BallotEncryptor.encrypt(election, q, 1, voter.pseudonym(), Randomness.secure()).ballot();

        // A ciphertext of 2: one more encryption of 1 added to the chosen project's, proofs kept.
        List<Ciphertext> two = new ArrayList<>(honest.choices());
        two.set(0, honest.choices().get(0).add(other.choices().get(1)));
        assertRefused(voter, new Ballot(honest.electionHash(), q, honest.pseudonym(), two, honest.individualProofs(),
                honest.overallProof()));

        // Two projects at once: each weight proven 0 or 1 on its own, the sum is 2.
        List<Ciphertext> both = new ArrayList<>(honest.choices());
        both.set(1, other.choices().get(1));
        List<List<fr.budgetcitoyen.urn.Proof>> proofs = new ArrayList<>(honest.individualProofs());
        proofs.set(1, other.individualProofs().get(1));
        assertRefused(voter, new Ballot(honest.electionHash(), q, honest.pseudonym(), both, proofs, honest.overallProof()));

        // Another voter's ballot, replayed as is, then with this voter's pseudonym written on it.
        Voter stranger = voter();
        Ballot theirs = BallotEncryptor.encrypt(election, q, 1, stranger.pseudonym(), Randomness.secure()).ballot();
        assertRefused(voter, theirs);
        assertRefused(voter, new Ballot(theirs.electionHash(), q, voter.pseudonym(), theirs.choices(),
                theirs.individualProofs(), theirs.overallProof()));

        // None of these wrote anything: the honest ballot is still accepted.
        Http.Response cast = cast(voter, "INNOVATION_SOCIALE", honest.json());
        assertEquals(201, cast.status(), cast.body());
    }

    private static void assertRefused(Voter voter, Ballot forged) {
        Http.Response refused = cast(voter, "INNOVATION_SOCIALE", forged.json());
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("bulletin") || refused.body().contains("pseudonyme"), refused.body());
    }
}
