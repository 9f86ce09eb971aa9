package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalAccount;
import fr.budgetcitoyen.scic.CapitalChange;
import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.CapitalPosition;
import fr.budgetcitoyen.scic.GeneralAssembly;
import fr.budgetcitoyen.scic.LocalAuthorityShare;
import fr.budgetcitoyen.scic.MovementKind;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.scic.Shareholding;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Formats;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageIds;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/scic?id=N}: one SCIC for the Mission ESS — the département's entry, its capital ledger
 * (entries typed once, every figure derived), the general assemblies, the members who manage its profile.
 * An entry is checked and shown with the position it gives before the agent confirms it; a recorded entry
 * is never edited, it is cancelled by a reversal ("contre-passation") with a reason, confirmed the same way.
 */
@Named
@ViewScoped
public class ScicAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScicService scics;

    @Inject
    private Clock clock;

    @Inject
    private Formats format;

    @Inject
    @Param(name = "id")
    private String id;

    /** One line of the ledger: the position after an entry, and what cancels it or what it cancels. */
    public record LedgerLine(CapitalPosition position, CapitalMovement reversal, CapitalMovement reversed, boolean reversible) {

        public CapitalMovement movement() {
            return position.movement();
        }
    }

    private long scicId;
    private final EntryForm entry = new EntryForm();
    private final MovementForm movement = new MovementForm();
    private final AssemblyForm assembly = new AssemblyForm();
    private String memberEmail;
    /** The typed entry being confirmed, or null. */
    private CapitalReview review;
    /** The entry being reversed, or null; and the reason typed for it. */
    private CapitalReview reversal;
    private String reason;
    private transient CapitalAccount capital;
    private transient FacesContext capitalReadIn;
    private transient Optional<LocalAuthorityShare> localAuthorities;

    @PostConstruct
    void load() {
        Scic scic = PageIds.findOr404(id, scics::scic, "SCIC inconnue");
        if (scic == null) {
            return;
        }
        scicId = scic.id();
    }

    public Scic getScic() {
        return scics.scic(scicId).orElse(null);
    }

    /** Read once per request (the page asks for it many times; actions that change it read it again). */
    public CapitalAccount getCapital() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (capital == null || capitalReadIn != request) {
            capital = scics.capital(scicId);
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
            localAuthorities = LocalAuthorityShare.of(account, scics.assemblies(scicId));
        }
        return localAuthorities;
    }

    public List<GeneralAssembly> getAssemblies() {
        return scics.assemblies(scicId);
    }

    public List<String> getMembers() {
        return scics.members(scicId);
    }

    /** What an agent types (a reversal is made from the ledger). */
    public MovementKind[] getKinds() {
        return Arrays.stream(MovementKind.values()).filter(MovementKind::isTyped).toArray(MovementKind[]::new);
    }

    public void admit() {
        LocalDate decidedOn = Inputs.date(entry.decidedOn, "entry:decidedOn", "scic.decidedOn.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            scics.admitDepartment(scicId, new Shareholding(entry.deliberation, decidedOn, entry.college, entry.representative));
            Messages.addGlobalInfo(Texts.get("scic.admitted"));
        }, "entry");
    }

    /** First step: the entry is checked and the position it gives is shown; nothing is recorded yet. */
    public void review() {
        capital = null;
        CapitalMovement typed = typedMovement();
        if (typed == null) {
            return;
        }
        Refusals.attempt(() -> {
            review = CapitalReview.of(scics.preview(typed));
        }, "movement");
    }

    /** Second step: the agent confirmed what was shown; recorded unless the ledger changed meanwhile. */
    public void record() {
        capital = null;
        CapitalMovement typed = review == null ? null : typedMovement();
        if (typed == null) {
            review = null;
            return;
        }
        try {
            scics.record(typed, review.confirmed());
            Messages.addGlobalInfo(Texts.get("scic.movement.recorded." + movement.kind));
            movement.clear();
            review = null;
        } catch (InvalidFieldsException invalid) {
            if (changedMeanwhile(invalid)) {
                review();
            } else {
                review = null;
                Refusals.show(invalid, "movement");
            }
        }
    }

    /** Back to the form, with what was typed. */
    public void edit() {
        review = null;
    }

    private CapitalMovement typedMovement() {
        LocalDate date = Inputs.date(movement.date, "movement:date", "scic.movement.date.invalid");
        Integer shares = movement.kind != null && movement.kind.countsShares()
                ? Inputs.integer(movement.shares, "movement:shares", "scic.movement.shares.invalid") : null;
        Money amount = movement.kind == MovementKind.PAYMENT
                ? Inputs.amount(movement.amount, "movement:amount", "scic.movement.amount.invalid") : null;
        if (movement.kind == null || !movement.kind.isTyped()) {
            Messages.addError("movement:kind", Texts.get("scic.movement.kind.required"));
            Faces.validationFailed();
        }
        return Faces.isValidationFailed() ? null : movement.toMovement(scicId, date, shares, amount);
    }

    /** First step of a contre-passation: what cancelling this entry gives; the reason comes with the confirmation. */
    public void startReversal(long movementId) {
        capital = null;
        review = null;
        reason = null;
        if (!Refusals.attempt(() -> {
            CapitalChange change = scics.previewReversal(movementId);
            reversal = CapitalReview.ofReversal(change, change.after().reversed(change.movement()).orElseThrow());
        }, Refusals.GLOBAL)) {
            reversal = null;
        }
    }

    /** The contre-passation confirmed, with its reason: recorded under the agent's name, the entry kept. */
    public void reverse() {
        capital = null;
        if (reversal == null) {
            return;
        }
        try {
            scics.reverse(reversal.reversedId(), reason, reversal.confirmed());
            Messages.addGlobalInfo(Texts.get("scic.reversal.recorded"));
            reversal = null;
            reason = null;
        } catch (InvalidFieldsException invalid) {
            if (changedMeanwhile(invalid)) {
                String typedReason = reason;
                startReversal(reversal.reversedId());
                reason = typedReason;
            } else {
                Refusals.show(invalid, "reversal");
            }
        }
    }

    public void cancelReversal() {
        reversal = null;
        reason = null;
    }

    private static boolean changedMeanwhile(InvalidFieldsException invalid) {
        boolean changed = invalid.problems().stream().anyMatch(p -> p.key().equals("scic.movement.changedMeanwhile"));
        if (changed) {
            Messages.addGlobalError(Texts.get("scic.movement.changedMeanwhile"));
        }
        return changed;
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
            scics.convene(scicId, heldOn, assembly.extraordinary, assembly.agenda, assembly.departmentVotes, declared, others);
            Messages.addGlobalInfo(Texts.get("scic.assembly.recorded"));
            assembly.clear();
        }, "assembly");
    }

    public void entrust() {
        Refusals.attempt(() -> {
            scics.entrust(scicId, memberEmail);
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

    public CapitalReview getReview() {
        return review;
    }

    public CapitalReview getReversal() {
        return reversal;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public EntryForm getEntry() {
        return entry;
    }

    public MovementForm getMovement() {
        return movement;
    }

    public AssemblyForm getAssembly() {
        return assembly;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }
}
