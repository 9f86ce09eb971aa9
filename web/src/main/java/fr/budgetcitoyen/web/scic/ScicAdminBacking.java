package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.CapitalAccount;
import fr.budgetcitoyen.scic.CapitalMovement;
import fr.budgetcitoyen.scic.CapitalPosition;
import fr.budgetcitoyen.scic.GeneralAssembly;
import fr.budgetcitoyen.scic.MovementKind;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.scic.Shareholding;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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

/**
 * {@code /admin/scic?id=N}: one SCIC for the Mission ESS — the département's entry, its capital ledger
 * (entries typed once, every figure derived), the general assemblies, the members who manage its profile.
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
    @Param(name = "id")
    private String id;

    private long scicId;
    private final EntryForm entry = new EntryForm();
    private final MovementForm movement = new MovementForm();
    private final AssemblyForm assembly = new AssemblyForm();
    private String memberEmail;

    @PostConstruct
    void load() {
        Scic scic = id != null && id.matches("\\d{1,12}") ? scics.scic(Long.parseLong(id)).orElse(null) : null;
        if (scic == null) {
            Faces.responseSendError(404, "SCIC inconnue");
            return;
        }
        scicId = scic.id();
    }

    public Scic getScic() {
        return scics.scic(scicId).orElse(null);
    }

    public CapitalAccount getCapital() {
        return scics.capital(scicId);
    }

    /** The ledger, newest first. */
    public List<CapitalPosition> getLedger() {
        List<CapitalPosition> history = new ArrayList<>(getCapital().history());
        Collections.reverse(history);
        return history;
    }

    public CapitalCharts getChart() {
        return CapitalCharts.ofAccount(getCapital().history(), LocalDate.now(clock));
    }

    public List<GeneralAssembly> getAssemblies() {
        return scics.assemblies(scicId);
    }

    public List<String> getMembers() {
        return scics.members(scicId);
    }

    public MovementKind[] getKinds() {
        return MovementKind.values();
    }

    public void admit() {
        LocalDate decidedOn = Inputs.date(entry.decidedOn, "entry:decidedOn", "scic.decidedOn.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            scics.admitDepartment(scicId, new Shareholding(entry.deliberation, decidedOn, entry.college, entry.representative));
            Messages.addGlobalInfo(Texts.get("scic.admitted"));
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "entry");
        }
    }

    public void record() {
        LocalDate date = Inputs.date(movement.date, "movement:date", "scic.movement.date.invalid");
        Integer shares = movement.kind != null && movement.kind.countsShares()
                ? Inputs.integer(movement.shares, "movement:shares", "scic.movement.shares.invalid") : null;
        Money amount = movement.kind == MovementKind.PAYMENT
                ? Inputs.amount(movement.amount, "movement:amount", "scic.movement.amount.invalid") : null;
        if (movement.kind == null) {
            Messages.addError("movement:kind", Texts.get("scic.movement.kind.required"));
            Faces.validationFailed();
        }
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            scics.record(movement.toMovement(scicId, date, shares, amount));
            Messages.addGlobalInfo(Texts.get("scic.movement.recorded." + movement.kind));
            movement.clear();
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "movement");
        }
    }

    public void convene() {
        LocalDate heldOn = Inputs.date(assembly.heldOn, "assembly:heldOn", "scic.assembly.heldOn.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            scics.convene(scicId, heldOn, assembly.extraordinary, assembly.agenda, assembly.departmentVotes);
            Messages.addGlobalInfo(Texts.get("scic.assembly.recorded"));
            assembly.clear();
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "assembly");
        }
    }

    public void entrust() {
        try {
            scics.entrust(scicId, memberEmail);
            Messages.addGlobalInfo(Texts.format("scic.member.entrusted", memberEmail.strip()));
            memberEmail = null;
        } catch (InvalidFieldsException invalid) {
            Texts.show(invalid, "members");
        }
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
