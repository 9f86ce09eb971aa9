package fr.budgetcitoyen.project;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.util.List;
import java.util.Optional;

/**
 * Carriers' project files. Every method works on the caller's own files only: another account's file
 * does not exist for them (the pages answer 404), whatever id they type.
 */
@Stateless
@RolesAllowed("RESIDENT")
public class ProjectFileService {

    @EJB private Caller caller;
    @EJB private CampaignService campaigns;
    @Inject private ProjectRepository projects;
    @Inject private TerritoryRepository territories;
    @EJB private AuditLog audit;

    /** The edition receiving project files today, if any. */
    public Optional<Campaign> receivingFiles() {
        return campaigns.openFor(PhaseType.PROJECT_FILES);
    }

    /** Starts a file in a category; the caller becomes a project carrier. */
    public Project start(String categoryCode, String title) {
        Campaign campaign = receivingFiles().orElseThrow(() -> new PhaseClosedException(
                campaigns.currentEdition().orElseThrow().campaign(), PhaseType.PROJECT_FILES));
        Optional<Category> chosen = campaign.category(categoryCode == null ? "" : categoryCode);
        new InvalidFieldsException.Check().text(title, 200, "title", "file.title")
                .require(chosen.isPresent(), "category", "file.category.required").orThrow();
        Category category = chosen.get();
        Account carrier = caller.account();
        Project file = Project.draft(category, carrier.id(), title, campaigns.today());
        projects.store(file);
        carrier.grant(Role.CARRIER);
        audit.record(carrier.email(), "file.start", "project:" + file.title(), null, "DRAFT");
        return file;
    }

    public List<Project> mine() {
        return projects.findByOwner(caller.account().id());
    }

    public Optional<Project> mine(long id) {
        long me = caller.account().id();
        return projects.find(id).filter(p -> p.isOwnedBy(me));
    }

    /** Saves the draft as typed (autosave and the explicit save). */
    public Project save(long id, ProjectFileDraft draft, String categoryCode) {
        Project file = mine(id).orElseThrow();
        Category category = categoryCode == null ? null : file.campaign().category(categoryCode).orElse(null);
        Territory territory = draft.communeInseeCode() == null ? null : territories.territoryOfCommune(draft.communeInseeCode())
                .flatMap(territories::find).orElse(null);
        file.revise(draft, category, territory, campaigns.today());
        try {
            projects.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new FileChangedMeanwhileException();
        }
        return projects.find(id).orElseThrow();
    }

    public Project submit(long id, ProjectFileDraft draft, String categoryCode) {
        Project file = mine(id).orElseThrow();
        save(id, draft, categoryCode);
        file.submit(campaigns.today());
        audit.record(caller.account().email(), "file.submit", "project:" + id, "DRAFT", "SUBMITTED");
        return file;
    }
}
