package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.AssemblyDocument;
import fr.budgetcitoyen.scic.GeneralAssembly;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.web.i18n.Texts;
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
import java.util.List;

/**
 * {@code /my-scic?id=N}: a SCIC's members (and the Mission ESS) edit its public profile and add the
 * documents of its general assemblies. Without an id: the SCICs the caller manages. Another SCIC: 404.
 */
@Named
@ViewScoped
public class MyScicBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ScicService scics;
    @Inject @Param(name = "id") private String id;

    private final PageSubject<Scic> scic = new PageSubject<>();
    private final ScicProfileForm profile = new ScicProfileForm();
    private Long assemblyId;
    private transient Part upload;

    @PostConstruct
    void load() {
        if (id != null) {
            scic.load(id, scics::managed, "SCIC inconnue");
        } else {
            List<Scic> mine = scics.manageable();
            if (mine.size() == 1 && !Faces.isUserInRole("AGENT") && !Faces.isUserInRole("ADMIN")) {
                scic.keep(mine.get(0).id(), mine.get(0));
            }
        }
        Scic shown = scic.get(scics::managed); // the one just found: no read
        if (shown != null) {
            profile.fill(shown);
        }
    }

    public Scic getScic() {
        return scic.read(scics::managed);
    }

    public List<Scic> getManageable() {
        return scics.manageable();
    }

    public void save() {
        Refusals.attempt(() -> {
            scics.describe(scic.id(), profile.toProfile());
            Messages.addGlobalInfo(Texts.get("scic.profile.saved"));
        }, "profile");
    }

    public List<GeneralAssembly> getAssemblies() {
        return scic.isFound() ? scics.assemblies(scic.id()) : List.of();
    }

    public List<AssemblyDocument> documents(GeneralAssembly assembly) {
        return scics.documents(assembly.id());
    }

    /** Reads the upload (refusing more than the limit before reading it all) and attaches it. */
    public void attach() {
        try {
            if (assemblyId == null || getAssemblies().stream().noneMatch(a -> a.id().equals(assemblyId))) {
                throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("assembly", "scic.document.assembly.required")));
            }
            byte[] content = Uploads.read(upload, AssemblyDocument.MAX_BYTES, "file", "scic.document.tooLarge");
            AssemblyDocument added = scics.attach(assemblyId, Uploads.fileName(upload), content);
            Messages.addGlobalInfo(Texts.format("scic.document.added", added.file().fileName()));
        } catch (InvalidFieldsException invalid) {
            Refusals.show(invalid, field -> "documents:" + ("upload".equals(field) ? "file" : field));
        } catch (IOException unreadable) {
            Messages.addError("documents:file", Texts.get("scic.document.required"));
        } finally {
            upload = null;
        }
    }

    public ScicProfileForm getProfile() { return profile; }

    public Long getAssemblyId() { return assemblyId; }

    public void setAssemblyId(Long assemblyId) { this.assemblyId = assemblyId; }

    public Part getUpload() { return upload; }

    public void setUpload(Part upload) { this.upload = upload; }
}
