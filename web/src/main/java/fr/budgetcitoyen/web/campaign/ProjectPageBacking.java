package fr.budgetcitoyen.web.campaign;

import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.labelling.LabellingService;
import fr.budgetcitoyen.labelling.Radar;
import fr.budgetcitoyen.project.AttachmentService;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.web.platform.DetailPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** The public page of a project on the ballot, {@code /project?id=N}, with the committee's radar. */
@Named
@RequestScoped
public class ProjectPageBacking extends DetailPage<Project> {

    @Inject private CampaignService campaigns;
    @EJB private LabellingService labelling;

    @EJB private AttachmentService attachments;

    private Radar radar;
    private boolean photo;

    public ProjectPageBacking() {
        super("Projet inconnu");
    }

    @Override
    protected Optional<Project> find(long id) {
        return campaigns.projectOnBallot(id);
    }

    @Override
    protected void found(Project project) {
        radar = labelling.radarOf(project.id());
        photo = attachments.hasPhoto(project.id());
    }

    /** Whether the carrier attached a photo, shown at {@code /photos/N}. */
    public boolean isPhoto() { return photo; }

    public Project getProject() {
        return shown();
    }

    public Radar getRadar() { return radar; }
}
