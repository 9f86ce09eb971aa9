package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalAccount;
import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.CapitalPosition;
import fr.budgetcitoyen.scic.GeneralAssembly;
import fr.budgetcitoyen.scic.LocalAuthorityShare;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.scic.Shareholding;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Formats;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageSubject;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/scic?id=N}: one SCIC for the Mission ESS — the département's entry, its capital ledger
 * (entries typed once, every figure derived), the general assemblies, the members who manage its profile.
 * An entry is checked and shown with the position it gives before the agent confirms it ({@link LedgerEntry}); a
 * recorded entry is never edited, it is cancelled by a reversal ("contre-passation", {@link LedgerReversal}).
 */
@Named
@ViewScoped
public class ScicAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ScicService scics;
    @Inject private Clock clock;

    @Inject private Formats format;
    @Inject @Param(name = "id") private String id;

    /** One line of the ledger: the position after an entry, and what cancels it or what it cancels. */
    public record LedgerLine(CapitalPosition position, CapitalMovement reversal, CapitalMovement reversed, boolean reversible) {

        public CapitalMovement movement() {
            return position.movement();
        }
    }

    private final PageSubject<Scic> scic = new PageSubject<>();
    private final EntryForm entry = new EntryForm();
    private final LedgerEntry ledgerEntry = new LedgerEntry();
    private final LedgerReversal reversal = new LedgerReversal();
    private final AssemblyForm assembly = new AssemblyForm();
    private String memberEmail;
    private transient CapitalAccount capital;
    private transient FacesContext capitalReadIn;
    private transient Optional<LocalAuthorityShare> localAuthorities;

    @PostConstruct
    void load() {
        scic.load(id, scics::scic, "SCIC inconnue");
    }

    public Scic getScic() {
        return scic.read(scics::scic);
    }

    /** Read once per request (the page asks for it many times; actions that change it read it again). */
    public CapitalAccount getCapital() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (capital == null || capitalReadIn != request) {
            capital = scics.capital(scic.id());
            capitalReadIn = request;
            localAuthorities = null;
        }
        return capital;
    }

    /** The ledger, newest first, each entry with its reversal. */
    public List<LedgerLine> getLedger() {
        CapitalAccount account = getCapital();
        List<LedgerLine> lines = new ArrayList<>(account.history().stream().map(p -> new LedgerLine(p,
                account.reversalOf(p.movement()).orElse(null), account.reversed(p.movement()).orElse(null),
                account.isReversible(p.movement()))).toList());
        Collections.reverse(lines);
        return lines;
    }

    public CapitalCharts getChart() {
        return CapitalCharts.ofAccount(getCapital().daily(), LocalDate.now(clock));
    }

    /** The local authorities' share of the SCIC's capital today; empty while no assembly declared the capital. */
    public Optional<LocalAuthorityShare> getLocalAuthorities() {
        CapitalAccount account = getCapital();
        if (localAuthorities == null) {
            localAuthorities = LocalAuthorityShare.of(account, scics.assemblies(scic.id()));
        }
        return localAuthorities;
    }

    public List<GeneralAssembly> getAssemblies() {
        return scics.assemblies(scic.id());
    }

    public List<String> getMembers() {
        return scics.members(scic.id());
    }

    public void admit() {
        LocalDate decidedOn = Inputs.date(entry.decidedOn, "entry:decidedOn", "scic.decidedOn.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            scics.admitDepartment(scic.id(), new Shareholding(entry.deliberation, decidedOn, entry.college, entry.representative));
            Messages.addGlobalInfo(Texts.get("scic.admitted"));
        }, "entry");
    }

    /** The two-step entry's first step: checked and shown with the position it gives. */
    public void review() {
        capital = null;
        ledgerEntry.review(scics, scic.id());
    }

    /** The two-step entry confirmed. */
    public void record() {
        capital = null;
        ledgerEntry.record(scics, scic.id());
    }

    /** A contre-passation started from the ledger: what cancelling this entry gives. */
    public void startReversal(long movementId) {
        capital = null;
        ledgerEntry.edit();
        reversal.start(scics, movementId);
    }

    /** The contre-passation confirmed with its reason. */
    public void reverse() {
        capital = null;
        reversal.confirm(scics);
    }

    public void convene() {
        capital = null;
        LocalDate heldOn = Inputs.date(assembly.heldOn, "assembly:heldOn", "scic.assembly.heldOn.invalid");
        Money declared = Inputs.amount(assembly.capital, "assembly:capital", "scic.assembly.capital.invalid");
        Money others = Inputs.amount(assembly.otherPublic, "assembly:otherPublic", "scic.assembly.otherPublic.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            scics.convene(scic.id(), heldOn, assembly.extraordinary, assembly.agenda, assembly.departmentVotes, declared, others);
            Messages.addGlobalInfo(Texts.get("scic.assembly.recorded"));
            assembly.clear();
        }, "assembly");
    }

    public void entrust() {
        Refusals.attempt(() -> {
            scics.entrust(scic.id(), memberEmail);
            Messages.addGlobalInfo(Texts.format("scic.member.entrusted", memberEmail.strip()));
            memberEmail = null;
        }, "members");
    }

    /** "Souscription de 10 parts le 4 mai 2026 (CP 2026-05)": the entry being confirmed or reversed. */
    public String entryText(CapitalReview r) {
        String text = Texts.format("scic.review.entry." + r.kind(), format.number(r.shares()), format.money(r.amount()),
                format.date(r.date()));
        return r.reference() == null ? text : text + " (" + r.reference() + ")";
    }

    public LedgerEntry getLedgerEntry() { return ledgerEntry; }

    public LedgerReversal getReversal() { return reversal; }

    public EntryForm getEntry() { return entry; }

    public AssemblyForm getAssembly() { return assembly; }

    public String getMemberEmail() { return memberEmail; }

    public void setMemberEmail(String memberEmail) { this.memberEmail = memberEmail; }
}
