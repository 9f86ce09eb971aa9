package fr.budgetcitoyen.web.labelling;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.labelling.LabellingService;
import fr.budgetcitoyen.project.Project;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The files before the sitting labelling committee. */
@Named
@RequestScoped
public class CommitteeBacking {

    @EJB private LabellingService labelling;

    private List<Project> files;

    public List<Project> getFiles() {
        if (files == null) {
            files = labelling.files();
        }
        return files;
    }

    public Campaign getCampaign() {
        return labelling.sitting().orElse(null);
    }
}
