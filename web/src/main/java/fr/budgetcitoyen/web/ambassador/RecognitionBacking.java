package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/** The "recognise an initiative" form of {@code /admin/ambassadors}: one ambassador, by a deliberation. */
@Named
@ViewScoped
public class RecognitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private AmbassadorService ambassadors;
    @Inject private TerritoryService territories;

    private final CommuneChoice commune = new CommuneChoice();
    private final ProfileForm profile = new ProfileForm();
    private LegalForm legalForm;
    private String year;
    private String deliberation;

    public void findCommunes() {
        commune.find(territories);
    }

    public void recognise() {
        Integer recognisedYear = Inputs.integer(year, "recognition:year", "ambassador.import.year");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            Ambassador granted = ambassadors.recognise(profile.toProfile(),
                    recognisedYear, deliberation, commune.getInseeCode(), legalForm);
            Messages.addGlobalInfo(Texts.format("ambassador.recognitionGranted", granted.name()));
            profile.clear();
            deliberation = null;
        }, "recognition");
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    /** Its name, theme and description: the ambassador adds the rest. */
    public ProfileForm getProfile() { return profile; }

    public CommuneChoice getCommune() { return commune; }

    public LegalForm getLegalForm() { return legalForm; }

    public void setLegalForm(LegalForm legalForm) { this.legalForm = legalForm; }

    public String getYear() { return year; }

    public void setYear(String year) { this.year = year; }

    public String getDeliberation() { return deliberation; }

    public void setDeliberation(String deliberation) { this.deliberation = deliberation; }
}
