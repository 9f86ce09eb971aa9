package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.project.ProjectFileService;
import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.util.List;

/** The carrier's files, and starting a new one in a category of the edition receiving files. */
@Named
@RequestScoped
public class MyFilesBacking {

    @EJB private ProjectFileService files;

    private final FileHeading heading = new FileHeading();
    private List<Project> mine;

    @EJB private FollowUpService followUp;

    private List<FollowUpService.GrantLine> funded;

    public void start() {
        Refusals.attempt(() -> {
            Project file = files.start(heading.getCategory(), heading.getTitle());
            Faces.redirect("my-file?id=" + file.id());
        }, "start");
    }

    public List<Project> getFiles() {
        if (mine == null) {
            mine = files.mine();
        }
        return mine;
    }

    /** The caller's funded projects, each with its yearly report. */
    public List<FollowUpService.GrantLine> getFunded() {
        if (funded == null) {
            funded = followUp.mine();
        }
        return funded;
    }

    public Campaign getCampaign() {
        return files.receivingFiles().orElse(null);
    }

    /** The new file's category and title. */
    public FileHeading getHeading() { return heading; }
}
