package fr.budgetcitoyen.web.vote;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignAdministration;
import fr.budgetcitoyen.campaign.CampaignOverview;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.vote.Urn;
import fr.budgetcitoyen.vote.UrnCeremony;
import fr.budgetcitoyen.vote.UrnException;
import fr.budgetcitoyen.vote.UrnView;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code /admin/urn?year=N}: the bureau de vote's side of an edition's encrypted urn — name the key
 * holders and the threshold, follow their ceremony, seal the urn before the vote, close it after, and
 * read the procès-verbaux.
 */
@Named
@ViewScoped
public class UrnAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals that concern the holders' list, shown next to it. */
    private static final Set<String> ABOUT_HOLDERS = Set.of("urn.holders.count", "urn.prepare.unknownAccount",
            "urn.prepare.duplicate");

    @EJB private UrnCeremony ceremony;
    @EJB private CampaignAdministration administration;

    @Inject private CampaignService campaigns;

    private int year;
    private String holders;
    private String threshold = "2";
    private transient List<Campaign> editions;
    private transient UrnView urn;
    private transient boolean urnRead;

    @PostConstruct
    void load() {
        year = QueryParams.requestedYear().orElseGet(() -> campaigns.currentEdition().map(CampaignOverview::campaign)
                .map(Campaign::year).orElseGet(() -> getEditions().stream().map(Campaign::year).findFirst().orElse(0)));
    }

    public List<Campaign> getEditions() {
        if (editions == null) {
            editions = administration.all();
        }
        return editions;
    }

    /** The chosen edition, drafts included; null when the year names none. */
    public Campaign getCampaign() {
        return getEditions().stream().filter(c -> c.year() == year).findFirst().orElse(null);
    }

    /** The edition's urn with its holders and figures; null when it has none (or the edition is a draft). */
    public UrnView getUrn() {
        if (!urnRead) {
            urn = year == 0 ? null : ceremony.view(year).orElse(null);
            urnRead = true;
        }
        return urn;
    }

    public void prepare() {
        forget();
        List<String> emails = HolderEmails.parse(holders);
        if (emails.isEmpty()) {
            Messages.addError("prepare:holders", Texts.get("urn.admin.holders.required"));
            Faces.validationFailed();
        } else if (emails.size() > Urn.MAX_HOLDERS) {
            Messages.addError("prepare:holders", Texts.get("urn.holders.count"));
            Faces.validationFailed();
        }
        Integer t = Inputs.integer(threshold, "prepare:threshold", "urn.threshold.range");
        if (threshold == null || threshold.isBlank()) { // unreadable text was reported by Inputs
            Messages.addError("prepare:threshold", Texts.get("urn.threshold.range"));
            Faces.validationFailed();
        }
        if (Faces.isValidationFailed()) {
            return;
        }
        try {
            ceremony.prepare(year, t, emails);
            done("urn.admin.prepared");
        } catch (UrnException refused) {
            String key = refused.messageKey();
            UrnRefusals.show(refused, ABOUT_HOLDERS.contains(key) ? "prepare:holders"
                    : "urn.threshold.range".equals(key) ? "prepare:threshold" : null);
        }
    }

    /** Seals the urn: the election is fixed and fingerprinted, the vote may open. Irreversible. */
    public void seal() {
        forget();
        try {
            ceremony.seal(year);
            done("urn.admin.sealed");
        } catch (UrnException refused) {
            UrnRefusals.show(refused, null);
        }
    }

    /** Closes the urn after the vote: the encrypted tally is fixed and the holders may decrypt it. */
    public void close() {
        forget();
        try {
            ceremony.close(year);
            done("urn.admin.closed");
        } catch (UrnException refused) {
            UrnRefusals.show(refused, null);
        }
    }

    /** The view outlives a request: an action reads the urn afresh, as the holders may have moved on. */
    private void forget() {
        urn = null;
        urnRead = false;
    }

    private void done(String key) {
        Messages.addFlashGlobalInfo(Texts.get(key));
        Faces.redirect("admin/urn?year=" + year);
    }

    public void downloadSealMinutes() {
        forget();
        minutes(getUrn() == null ? null : getUrn().urn().sealMinutes(), "pv-scellement-urne-");
    }

    public void downloadCountMinutes() {
        forget();
        minutes(getUrn() == null ? null : getUrn().urn().countMinutes(), "pv-depouillement-urne-");
    }

    private void minutes(String text, String name) {
        if (text == null) {
            Messages.addGlobalError(Texts.get("urn.admin.minutes.none"));
            return;
        }
        Faces.sendFile(text.getBytes(StandardCharsets.UTF_8), name + year + ".txt", true);
    }

    public long participationsOf(Category category) {
        return getUrn() == null ? 0 : getUrn().participationsPerCategory().getOrDefault(category.id(), 0L);
    }

    public long ballotsOf(Category category) {
        return getUrn() == null ? 0 : getUrn().ballotsPerCategory().getOrDefault(category.id(), 0L);
    }

    public long getParticipations() {
        return getUrn() == null ? 0 : getUrn().participationsPerCategory().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every holder compared the fingerprints: the button to seal is worth showing. */
    public boolean isReadyToSeal() {
        return getUrn() != null && getUrn().urn().thresholdParameters() != null
                && getUrn().holders().stream().allMatch(h -> h.compared());
    }

    public int getYear() { return year; }

    public String getHolders() { return holders; }

    public void setHolders(String holders) { this.holders = holders; }

    public String getThreshold() { return threshold; }

    public void setThreshold(String threshold) { this.threshold = threshold; }
}
