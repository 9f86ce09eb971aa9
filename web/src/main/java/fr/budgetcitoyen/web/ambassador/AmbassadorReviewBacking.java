package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorImport;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.ProfileChange;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /admin/ambassadors}: agents review the profile changes, field by field, before publication. */
@Named
@ViewScoped
public class AmbassadorReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private AmbassadorService ambassadors;

    private final Map<Long, String> reasons = new HashMap<>();
    private String csv;
    private transient AmbassadorImport.Preview preview;

    public List<ProfileChange> getPending() {
        return ambassadors.pendingChanges();
    }

    public List<ProfileChange.Difference> differences(ProfileChange change) {
        return ambassadors.differences(change);
    }

    /** A field's value as a reader expects it: "oui"/"non", a sector's name, else the text itself. */
    public String display(String field, String value) {
        if (value == null || value.equals("null")) {
            return "—";
        }
        return switch (field) {
            case "contactPublic" -> Texts.get(Boolean.parseBoolean(value) ? "common.yes" : "common.no");
            case "theme" -> Texts.get("theme." + value);
            default -> value;
        };
    }

    public Ambassador ambassadorOf(ProfileChange change) {
        return ambassadors.ambassador(change.ambassadorId()).orElse(null);
    }

    public void approve(ProfileChange change) {
        ambassadors.approve(change.id());
        Messages.addGlobalInfo(Texts.get("ambassador.approved"), ambassadorOf(change).name());
    }

    public void reject(ProfileChange change) {
        if (Refusals.attempt(() -> ambassadors.reject(change.id(), reasons.get(change.id())), field -> Refusals.besideButton("reason"))) {
            Messages.addGlobalInfo(Texts.get("ambassador.rejected"));
        }
    }

    public void previewImport() {
        preview = ambassadors.previewImport(csv);
    }

    public void importAll() {
        try {
            int imported = ambassadors.importAll(csv);
            Messages.addGlobalInfo(Texts.format("ambassador.import.done", imported));
            csv = null;
            preview = null;
        } catch (InvalidFieldsException refused) {
            preview = ambassadors.previewImport(csv);
            Messages.addGlobalError(Texts.get("ambassador.import.refused"));
        }
    }

    public AmbassadorImport.Preview getPreview() { return preview; }

    public String getCsv() { return csv; }

    public void setCsv(String csv) { this.csv = csv; }

    public String getHeader() {
        return AmbassadorImport.HEADER;
    }

    public Map<Long, String> getReasons() { return reasons; }
}
