package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorLogo;
import fr.budgetcitoyen.ambassador.AmbassadorNetworkService;
import fr.budgetcitoyen.ambassador.AmbassadorProfile;
import fr.budgetcitoyen.ambassador.ExperienceSheet;
import fr.budgetcitoyen.ambassador.MentoringRequest;
import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.ProfileChange;
import fr.budgetcitoyen.ambassador.ReceivedRequest;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import fr.budgetcitoyen.web.platform.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /my-ambassador}: the ambassador edits the public profile their account manages; the change waits
 * for an agent's review before it is published.
 */
@Named
@ViewScoped
public class MyAmbassadorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private AmbassadorService ambassadors;
    @EJB private AmbassadorNetworkService network;

    private final RequestAnswers answers = new RequestAnswers();
    private final SheetForm sheet = new SheetForm();
    private transient Part logo;

    private final ProfileForm profile = new ProfileForm();

    @PostConstruct
    void load() {
        ambassadors.mine().ifPresent(a -> {
            AmbassadorProfile shown = ambassadors.myLatestChange().filter(ProfileChange::isPending)
                    .map(ProfileChange::proposed).orElse(a.profile());
            profile.fill(shown);
        });
    }

    public Ambassador getAmbassador() {
        return ambassadors.mine().orElse(null);
    }

    public ProfileChange getLatestChange() {
        return ambassadors.myLatestChange().orElse(null);
    }

    public void propose() {
        Refusals.attempt(() -> {
            ambassadors.propose(profile.toProfile());
            Messages.addGlobalInfo(Texts.get("ambassador.proposed"));
        }, "profile");
    }

    /** Reads the upload (refusing more than the limit before reading it all) and proposes it. */
    public void uploadLogo() {
        try {
            ambassadors.proposeLogo(Uploads.read(logo, AmbassadorLogo.MAX_BYTES, "logo", "ambassador.logo.tooLarge"));
            Messages.addGlobalInfo(Texts.get("ambassador.logo.proposed"));
        } catch (InvalidFieldsException invalid) {
            Refusals.show(invalid, "logoForm");
        } catch (IOException unreadable) {
            Messages.addError("logoForm:logo", Texts.get("ambassador.logo.required"));
        } finally {
            logo = null;
        }
    }

    public Part getLogo() { return logo; }

    public void setLogo(Part logo) { this.logo = logo; }

    /** Each request with who sent it, read together (issue 21: no longer a read per line). */
    public List<ReceivedRequest<MentoringRequest>> getRequests() {
        return network.requestsToMe();
    }

    public void accept(MentoringRequest request) {
        answers.accept(request, network::accept);
    }

    public void decline(MentoringRequest request) {
        answers.decline(request, network::decline);
    }

    public List<ExperienceSheet> getSheets() {
        Ambassador mine = getAmbassador();
        return mine == null ? List.of() : network.sheetsOf(mine.id());
    }

    public void write() {
        Refusals.attempt(() -> {
            network.write(sheet.title, sheet.body, sheet.theme, sheet.workshop);
            Messages.addGlobalInfo(Texts.get("sheet.published"));
            sheet.clear();
        }, "sheet");
    }

    /** The word typed for each request, by its id. */
    public Map<Long, String> getAnswers() { return answers.getWords(); }

    public SheetForm getSheet() { return sheet; }

    public Workshop[] getWorkshops() {
        return Workshop.values();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public ProfileForm getProfile() { return profile; }
}
