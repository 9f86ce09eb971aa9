package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignAdministration;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** {@code /admin/campaigns}: every edition (drafts included), a new one, or next year's copied from one. */
@Named
@ViewScoped
public class CampaignsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private CampaignAdministration administration;

    private String year;
    private final EditionFields edition = new EditionFields();
    private String copyFrom;
    private String copyTo;

    public List<Campaign> getCampaigns() {
        return administration.all();
    }

    public void create() {
        Integer typedYear = Inputs.integer(year, "create:year", "campaign.year.range");
        Money typedEnvelope = Inputs.amount(edition.getEnvelope(), "create:envelope", "campaign.envelope.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            Campaign created = administration.create(typedYear, edition.getTitle(), typedEnvelope);
            Messages.addFlashGlobalInfo(Texts.format("campaign.created", String.valueOf(created.year())));
            Faces.redirect("admin/campaign?year=" + created.year());
        }, "create");
    }

    public void copy() {
        Integer from = Inputs.integer(copyFrom, "copy:from", "campaign.copy.source");
        Integer to = Inputs.integer(copyTo, "copy:year", "campaign.year.range");
        if (Faces.isValidationFailed()) {
            return;
        }
        if (from == null) {
            Messages.addError("copy:from", Texts.get("campaign.copy.source"));
            Faces.validationFailed();
            return;
        }
        Refusals.attempt(() -> {
            Campaign copy = administration.copy(from, to);
            Messages.addFlashGlobalInfo(Texts.format("campaign.copied", String.valueOf(from), String.valueOf(copy.year())));
            Faces.redirect("admin/campaign?year=" + copy.year());
        }, "copy");
    }

    public String getYear() { return year; }

    public void setYear(String year) { this.year = year; }

    public String getCopyFrom() { return copyFrom; }

    public void setCopyFrom(String copyFrom) { this.copyFrom = copyFrom; }

    public String getCopyTo() { return copyTo; }

    public void setCopyTo(String copyTo) { this.copyTo = copyTo; }

    /** The edition's title and envelope, as typed. */
    public EditionFields getEdition() { return edition; }
}
