package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignAdministration;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.CategoryDraft;
import fr.budgetcitoyen.campaign.Phase;
import fr.budgetcitoyen.campaign.PhaseDates;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.format.QueryParams;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageSubject;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/campaign?year=N}: an edition's envelope, calendar, categories and eligible legal forms.
 * The server checks the calendar against the process; a draft is published once it is coherent.
 */
@Named
@ViewScoped
public class CampaignSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private CampaignAdministration administration;
    @Inject @Param(name = "year") private String yearParam;

    private final PageSubject<Campaign> campaign = new PageSubject<>();
    private final EditionFields edition = new EditionFields();
    private final Map<PhaseType, LocalDate> starts = new EnumMap<>(PhaseType.class);
    private final Map<PhaseType, LocalDate> ends = new EnumMap<>(PhaseType.class);
    private String code;
    private String name;
    private String description;
    private String maxShare;
    private String ceiling;
    private String envelopeShare;
    private LegalForm[] legalForms = {};

    @PostConstruct
    void load() {
        Optional<Long> asked = Optional.ofNullable(QueryParams.year(yearParam)).map(Long::valueOf);
        Campaign found = campaign.load(asked, this::byYear, "Édition inconnue");
        if (found != null) {
            fillForms(found);
        }
    }

    /** The forms show what is stored, after loading and after each successful change. */
    private void fillForms(Campaign c) {
        edition.setTitle(c.title());
        edition.setEnvelope(c.envelope().amount().stripTrailingZeros().toPlainString());
        starts.clear();
        ends.clear();
        for (Phase phase : c.calendar().phases()) {
            starts.put(phase.type(), phase.startDate());
            ends.put(phase.type(), phase.endDate());
        }
        legalForms = c.eligibleLegalForms().toArray(LegalForm[]::new);
    }

    public Campaign getCampaign() {
        return campaign.get(this::byYear);
    }

    /** The page is keyed by the edition's year (four digits), not by an id. */
    private Optional<Campaign> byYear(long year) {
        return administration.find((int) year);
    }

    private int year() {
        return (int) campaign.id();
    }

    /** What stops the calendar from following the process (bundle keys); publishing needs none. */
    public List<String> getCalendarProblems() {
        return getCampaign().calendar().problems();
    }

    public void describe() {
        Money typed = Inputs.amount(edition.getEnvelope(), "identity:envelope", "campaign.envelope.invalid");
        change(() -> administration.describe(year(), edition.getTitle(), typed), "identity", "campaign.saved");
    }

    public void replan() {
        List<PhaseDates> dates = Arrays.stream(PhaseType.values())
                .map(type -> new PhaseDates(type, starts.get(type), ends.get(type))).toList();
        // a phase's problem goes on its row's end date, the others on top of the calendar
        Refusals.attempt(() -> {
            administration.replan(year(), dates);
            done("campaign.calendarSaved");
        }, field -> field != null && field.startsWith("phase-")
                ? "calendar:phases:" + PhaseType.valueOf(field.substring("phase-".length())).ordinal() + ":end" : null);
    }

    public void planCategory() {
        BigDecimal share = Inputs.decimal(maxShare, "category:maxShare", "category.maxShare.range");
        Money cap = Inputs.amount(ceiling, "category:ceiling", "category.ceiling.positive");
        BigDecimal part = Inputs.decimal(envelopeShare, "category:envelopeShare", "category.envelopeShare.range");
        change(() -> administration.planCategory(year(), new CategoryDraft(code, name, description, share, cap, part)),
                "category", "campaign.categorySaved");
        if (!Faces.isValidationFailed()) {
            code = name = description = maxShare = ceiling = envelopeShare = null;
        }
    }

    /** Fills the category form with an existing category, to revise it. */
    public void editCategory(Category category) {
        code = category.code();
        name = category.name();
        description = category.description();
        maxShare = category.supportRule().maxSharePercent().stripTrailingZeros().toPlainString();
        ceiling = category.supportRule().ceiling().amount().stripTrailingZeros().toPlainString();
        envelopeShare = category.envelopeSharePercent().map(p -> p.stripTrailingZeros().toPlainString()).orElse(null);
    }

    public void admit() {
        change(() -> administration.admit(year(), Set.of(legalForms)), "forms", "campaign.formsSaved");
    }

    public void publish() {
        Refusals.attempt(() -> {
            administration.publish(year());
            done("campaign.published");
        }, Refusals.GLOBAL);
    }

    private void change(Runnable action, String formId, String doneKey) {
        if (Faces.isValidationFailed()) {
            return;
        }
        if (Refusals.attempt(action, formId)) {
            done(doneKey);
        }
    }

    private void done(String key) {
        Messages.addGlobalInfo(Texts.get(key));
        campaign.forget();
        fillForms(getCampaign());
    }

    public PhaseType[] getPhaseTypes() {
        return PhaseType.values();
    }

    public LegalForm[] getAllLegalForms() {
        return LegalForm.values();
    }

    public Map<PhaseType, LocalDate> getStarts() { return starts; }

    public Map<PhaseType, LocalDate> getEnds() { return ends; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }

    public String getMaxShare() { return maxShare; }

    public void setMaxShare(String maxShare) { this.maxShare = maxShare; }

    public String getCeiling() { return ceiling; }

    public void setCeiling(String ceiling) { this.ceiling = ceiling; }

    public String getEnvelopeShare() { return envelopeShare; }

    public void setEnvelopeShare(String envelopeShare) { this.envelopeShare = envelopeShare; }

    public LegalForm[] getLegalForms() { return legalForms; }

    public void setLegalForms(LegalForm[] legalForms) {
        this.legalForms = legalForms == null ? new LegalForm[0] : legalForms;
    }

    /** The edition's title and envelope, as typed. */
    public EditionFields getEdition() { return edition; }
}
