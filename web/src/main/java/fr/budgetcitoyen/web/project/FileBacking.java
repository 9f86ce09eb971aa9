package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.project.Attachment;
import fr.budgetcitoyen.project.AttachmentService;
import fr.budgetcitoyen.project.BudgetLine;
import fr.budgetcitoyen.project.FileChangedMeanwhileException;
import fr.budgetcitoyen.project.FileReadOnlyException;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectFileDraft;
import fr.budgetcitoyen.project.ProjectFileService;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.format.Formats;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import fr.budgetcitoyen.web.platform.PageSubject;
import fr.budgetcitoyen.web.platform.Refusals;
import fr.budgetcitoyen.web.platform.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The carrier's project file editor, {@code /my-file?id=N}: every change is saved as a draft (autosave),
 * the cap of the category is recomputed as the budget changes, and submission names what is missing.
 */
@Named
@ViewScoped
public class FileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @EJB private ProjectFileService files;
    @EJB private AttachmentService attachments;

    @Inject private TerritoryService territories;
    @Inject private Formats format;

    @Inject @Param(name = "id") private String id;

    private final PageSubject<Project> file = new PageSubject<>();
    private transient Part upload;
    private final FileForm form = new FileForm();
    private final CommuneChoice commune = new CommuneChoice();
    private String savedAt;

    @PostConstruct
    void load() {
        Project found = file.load(id, files::mine, "Dossier inconnu");
        if (found == null) {
            return;
        }
        form.fill(found);
        territories.commune(found.carrier().communeInseeCode()).ifPresent(commune::preselect);
    }

    public void findCommunes() {
        commune.find(territories);
        autosave();
    }

    public void addExpense() {
        form.getExpenses().add(new BudgetRow(BudgetLine.Kind.EXPENSE, "", ""));
    }

    public void addFunding() {
        form.getFundings().add(new BudgetRow(BudgetLine.Kind.FUNDING, "", ""));
    }

    public void removeRow(BudgetRow row) {
        form.getExpenses().remove(row);
        form.getFundings().remove(row);
        autosave();
    }

    /** Saves silently what can be saved; the page says when. */
    public void autosave() {
        draft().ifPresent(d -> {
            Refusals.attempt(() -> {
                file.keep(file.id(), lastWriterWins(() -> files.save(file.id(), d, form.getCategory())));
                savedAt = LocalTime.now(ZoneId.of("Europe/Paris")).format(HOUR);
            }, "file");
        });
    }

    public void save() {
        autosave();
        if (savedAt != null && !Faces.isValidationFailed()) {
            Messages.addGlobalInfo(Texts.get("file.saved"), savedAt);
        }
    }

    public void submit() {
        Optional<ProjectFileDraft> draft = draft();
        if (draft.isEmpty()) {
            return;
        }
        try {
            lastWriterWins(() -> files.submit(file.id(), draft.get(), form.getCategory()));
            Messages.addFlashGlobalInfo(Texts.get("file.submitted"));
            Faces.redirect("my-files");
        } catch (InvalidFieldsException invalid) {
            Refusals.show(invalid, "file");
            Messages.addGlobalError(Texts.get("file.incomplete"));
        } catch (PhaseClosedException | FileReadOnlyException refused) {
            Messages.addGlobalError(Texts.get(refused.messageKey()));
        }
    }

    /**
     * Leaving a field autosaves while the button's post may already be on its way: both carry the whole
     * form, so when one finds the file changed by the other, doing it again on the fresh file is right.
     */
    private static Project lastWriterWins(Supplier<Project> save) {
        try {
            return save.get();
        } catch (FileChangedMeanwhileException changed) {
            return save.get();
        }
    }

    /** The draft, or empty with a message next to each amount that is not one. */
    private Optional<ProjectFileDraft> draft() {
        List<BudgetLine> lines = new ArrayList<>();
        boolean amountsOk = form.collect(lines);
        Optional<Money> requested = form.requested();
        if (!amountsOk) {
            Messages.addError("file:budget", Texts.get("file.budget.amount"));
        }
        if (requested.isEmpty()) {
            Messages.addError("file:requested", Texts.get("file.requested.amount"));
        }
        if (!amountsOk || requested.isEmpty()) {
            Faces.validationFailed();
            return Optional.empty();
        }
        return Optional.of(form.toDraft(commune.getInseeCode(), lines, requested.get().isZero() ? null : requested.get()));
    }

    /** "10 % du coût total, au plus 15 000 € : 4 000 € au plus pour ce budget", from the rows as typed. */
    public String getCapText() {
        Optional<Category> category = getProject().campaign().category(form.getCategory() == null ? "" : form.getCategory());
        if (category.isEmpty()) {
            return Texts.get("file.cap.noCategory");
        }
        Money total = form.totalExpenses();
        if (total.isZero()) {
            return Texts.format("file.cap.noExpense", format.percent(category.get().supportRule().maxSharePercent()),
                    format.money(category.get().supportRule().ceiling()));
        }
        Money cap = category.get().supportRule().maximumGrantFor(total);
        return Texts.format("file.cap", format.percent(category.get().supportRule().maxSharePercent()),
                format.money(category.get().supportRule().ceiling()), format.money(total), format.money(cap));
    }

    public Project getProject() {
        return file.get(files::mine);
    }

    public List<Attachment> getAttachments() {
        return attachments.of(file.id());
    }

    /** Reads the upload (refusing more than the limit before reading it all) and attaches it. */
    public void attach() {
        try {
            byte[] content = Uploads.read(upload, Attachment.MAX_BYTES, "file", "attachment.tooLarge");
            Attachment added = attachments.attach(file.id(), Uploads.fileName(upload), content);
            Messages.addGlobalInfo(Texts.get("attachment.added"), added.file().fileName());
        } catch (InvalidFieldsException invalid) {
            Refusals.show(invalid, field -> "upload:file");
        } catch (PhaseClosedException | FileReadOnlyException refused) {
            Messages.addGlobalError(Texts.get(refused.messageKey()));
        } catch (IOException unreadable) {
            Messages.addError("upload:file", Texts.get("attachment.required"));
        } finally {
            upload = null;
        }
    }

    public void remove(Attachment attachment) {
        try {
            attachments.remove(attachment.id());
            Messages.addGlobalInfo(Texts.get("attachment.removed"), attachment.file().fileName());
        } catch (PhaseClosedException | FileReadOnlyException refused) {
            Messages.addGlobalError(Texts.get(refused.messageKey()));
        }
    }

    public Part getUpload() { return upload; }

    public void setUpload(Part upload) { this.upload = upload; }

    public boolean isEditable() {
        return getProject().status().isEditableByCarrier();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public FileForm getForm() { return form; }

    public CommuneChoice getCommune() { return commune; }

    public String getSavedAt() { return savedAt; }
}
