package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignRepository;
import fr.budgetcitoyen.campaign.PhaseType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The bureau de vote's ceremony around an edition's urn: agents name the key holders, the holders' tool
 * makes the election key with them (Belenios' threshold key establishment, the server only routing what
 * is encrypted to each holder), agents seal the urn, close it after the vote, and the holders' partial
 * decryptions count it. Every step is checked by the urn module and written to the audit log.
 */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class UrnCeremony {

    @Resource private SessionContext context;
    @Inject private CampaignRepository campaigns;
    @Inject private AccountRepository accounts;
    @Inject private UrnRepository urns;
    @Inject private UrnCrypto crypto;
    @Inject private UrnMinutes minutes;
    @Inject private SealedElections elections;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    /** Names the key holders of an edition ({@code threshold} of them will be needed to count). */
    public Urn prepare(int year, int threshold, List<String> holderEmails) {
        Campaign campaign = campaign(year);
        if (urns.find(campaign.id()).isPresent()) {
            throw new UrnException("urn.prepare.exists");
        }
        Set<Account> named = new LinkedHashSet<>();
        for (String email : holderEmails) {
            Account account = accounts.findByTypedEmail(email).filter(Account::isActive)
                    .orElseThrow(() -> new UrnException("urn.prepare.unknownAccount", email));
            if (!named.add(account)) {
                throw new UrnException("urn.prepare.duplicate", email);
            }
        }
        Urn urn = Urn.prepare(campaign.id(), threshold, named.size());
        urns.store(urn);
        int position = 1;
        for (Account account : named) {
            urns.store(new KeyHolder(campaign.id(), position++, account.id(), account.displayName()));
        }
        audit.record(caller(), "urn.prepare", "campaign:" + year, null, threshold + "/" + named.size());
        return urn;
    }

    /** What the calling holder has to do now, with the messages their tool needs. */
    @PermitAll
    public HolderView holderView(int year) {
        Seat seat = seatOfCaller(year, urns::find);
        Urn urn = seat.urn();
        List<KeyHolder> holders = seat.holders();
        KeyHolder me = seat.me();
        CeremonyStep step = seat.step();
        boolean allCerts = holders.stream().allMatch(h -> h.cert() != null);
        List<String> certs = allCerts ? certs(holders) : List.of();
        String vinput = step == CeremonyStep.VOUTPUT ? crypto.vinput(polynomials(holders), me.position()) : null;
        boolean decrypting = step == CeremonyStep.DECRYPT;
        return new HolderView(year, step, me.position(), urn.threshold(), urn.holders(), certs, vinput,
                decrypting ? crypto.privateKeyOf(me.voutput()) : null, decrypting ? urn.encryptedTally() : null,
                fingerprints(holders), urn.fingerprint());
    }

    /** Takes the calling holder's message for their current step; refuses any other step or a message that does not check. */
    @PermitAll
    public CeremonyStep submit(int year, CeremonyStep step, String message) {
        Seat seat = seatTakingStep(year, step);
        Urn urn = seat.urn();
        List<KeyHolder> holders = seat.holders();
        KeyHolder me = seat.me();
        switch (step) {
            case CERT -> {
                String cert = crypto.checkCert(message, me.position());
                if (holders.stream().anyMatch(h -> cert.equals(h.cert()))) {
                    throw new UrnException("urn.cert.duplicate");
                }
                me.certify(cert);
            }
            case POLYNOMIAL -> me.commit(crypto.checkPolynomial(certs(holders), urn.threshold(), me.position(), message));
            case VOUTPUT -> {
                me.verify(crypto.checkVoutput(certs(holders), polynomials(holders), me.position(), message));
                if (holders.stream().allMatch(h -> h.voutput() != null)) {
                    urn.keysEstablished(crypto.thresholdParameters(urn.threshold(), certs(holders), polynomials(holders),
                            holders.stream().map(KeyHolder::voutput).toList()));
                }
            }
            case DECRYPT -> {
                me.decrypt(crypto.checkPartialDecryption(urn, me.position(), message));
                List<KeyHolder> decrypted = holders.stream().filter(h -> h.partialDecryption() != null).toList();
                if (decrypted.size() >= urn.threshold()) {
                    count(seat.campaign(), urn, decrypted);
                }
            }
            default -> throw new UrnException("urn.step.unexpected");
        }
        audit.record(caller(), "urn." + step.name().toLowerCase(), "campaign:" + year, null, "holder " + me.position());
        return seat.step();
    }

    /** The calling holder compared every key fingerprint aloud with the others: they all match. */
    @PermitAll
    public void confirmComparison(int year) {
        KeyHolder me = seatTakingStep(year, CeremonyStep.COMPARE).me();
        me.confirmComparison(Instant.now(clock));
        audit.record(caller(), "urn.compare", "campaign:" + year, null, "holder " + me.position());
    }

    /**
     * Seals the urn before the vote opens: the election (projects per category, public key, holders'
     * keys, the deployed EAR's SHA-256) gets its fingerprint, and the minutes are written.
     */
    public Urn seal(int year) {
        Campaign campaign = campaign(year);
        Urn urn = urns.lock(campaign.id()).orElseThrow(() -> new UrnException("urn.none"));
        List<KeyHolder> holders = urns.holders(campaign.id());
        if (urn.thresholdParameters() == null) {
            throw new UrnException("urn.seal.keysMissing");
        }
        if (!holders.stream().allMatch(KeyHolder::hasCompared)) {
            throw new UrnException("urn.seal.notCompared");
        }
        LocalDate today = LocalDate.now(clock);
        if (campaign.calendar().phase(PhaseType.VOTE).map(v -> !today.isBefore(v.startDate())).orElse(false)) {
            throw new UrnException("urn.seal.voteStarted");
        }
        SealedElections.Sealing sealing = elections.sealing(campaign, urn);
        urn.seal(sealing.election(), sealing.fingerprint(), sealing.earSha256(), caller(), Instant.now(clock),
                minutes.ofSealing(campaign, urn, holders, sealing, caller(), Instant.now(clock)));
        audit.record(caller(), "urn.seal", "campaign:" + year, "KEY_GENERATION", sealing.fingerprint());
        return urn;
    }

    /** Closes the urn once the vote is over: the encrypted tally is fixed and the holders may decrypt it. */
    public Urn close(int year) {
        Campaign campaign = campaign(year);
        Urn urn = urns.lock(campaign.id()).orElseThrow(() -> new UrnException("urn.none"));
        if (!BallotPublication.isPublished(campaign, LocalDate.now(clock))) {
            throw new UrnException("urn.close.voteNotOver");
        }
        try (Stream<Object[]> rows = urns.ciphertexts(campaign.id())) {
            urn.close(crypto.encryptedTally(elections.of(urn), rows, questionOfCategory(campaign, urn)));
        }
        audit.record(caller(), "urn.close", "campaign:" + year, "SEALED", "COUNTING");
        return urn;
    }

    /** The edition's urn with its holders and figures; empty when it has none. */
    @PermitAll
    public Optional<UrnView> view(int year) {
        return campaigns.findByYear(year).filter(Campaign::isPublic).flatMap(c -> urns.find(c.id())
                .map(urn -> new UrnView(year, urn, fingerprints(urns.holders(c.id())), urns.ballotsPerCategory(c.id()),
                        urns.participationsPerCategory(c.id()))));
    }

    private void count(Campaign campaign, Urn urn, List<KeyHolder> decrypted) {
        List<KeyHolder> used = new ArrayList<>(decrypted.subList(0, urn.threshold()));
        Map<Long, Long> ballots = urns.ballotsPerCategory(campaign.id());
        long[] numTallied = elections.of(urn).questions().stream()
                .mapToLong(q -> ballots.getOrDefault(campaign.category(q.category()).orElseThrow().id(), 0L)).toArray();
        String result = crypto.combine(urn, used.stream().map(KeyHolder::partialDecryption).toList(), numTallied);
        Instant at = Instant.now(clock);
        urn.count(result, at, minutes.ofCount(campaign, urn, used, result, at));
    }

    private Map<Long, Integer> questionOfCategory(Campaign campaign, Urn urn) {
        Map<Long, Integer> questions = new HashMap<>();
        SealedElections.questionOfCategory(elections.of(urn))
                .forEach((code, index) -> questions.put(campaign.category(code).orElseThrow().id(), index));
        return questions;
    }

    private List<HolderView.Fingerprint> fingerprints(List<KeyHolder> holders) {
        return holders.stream().map(h -> new HolderView.Fingerprint(h.position(), h.displayName(),
                h.cert() == null ? null : crypto.keyFingerprint(h.cert()), h.hasCompared())).toList();
    }

    private static List<String> certs(List<KeyHolder> holders) {
        return holders.stream().map(KeyHolder::cert).toList();
    }

    private static List<String> polynomials(List<KeyHolder> holders) {
        return holders.stream().map(KeyHolder::polynomial).toList();
    }

    /** The calling key holder in an edition's ceremony: the urn, every holder, and the caller among them. */
    private record Seat(Campaign campaign, Urn urn, List<KeyHolder> holders, KeyHolder me) {
        CeremonyStep step() {
            return CeremonyStep.of(urn, holders, me);
        }
    }

    /** Anyone but a holder of the edition's urn is refused alike, whether the urn exists or not. */
    private Seat seatOfCaller(int year, Function<Long, Optional<Urn>> urnOf) {
        Campaign campaign = campaign(year);
        Urn urn = urnOf.apply(campaign.id()).orElseThrow(() -> new UrnException("urn.notHolder"));
        List<KeyHolder> holders = urns.holders(campaign.id());
        return new Seat(campaign, urn, holders, holderOfCaller(holders));
    }

    /** The calling holder taking a step: the urn locked, and only the step the ceremony expects of them now. */
    private Seat seatTakingStep(int year, CeremonyStep step) {
        Seat seat = seatOfCaller(year, urns::lock);
        if (step == null || step != seat.step()) {
            throw new UrnException("urn.step.unexpected");
        }
        return seat;
    }

    private KeyHolder holderOfCaller(List<KeyHolder> holders) {
        Account caller = accounts.findByEmail(caller()).orElseThrow(() -> new UrnException("urn.notHolder"));
        return holders.stream().filter(h -> h.accountId().equals(caller.id())).findFirst()
                .orElseThrow(() -> new UrnException("urn.notHolder"));
    }

    private Campaign campaign(int year) {
        return campaigns.findByYear(year).orElseThrow(() -> new UrnException("urn.unknownEdition"));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
