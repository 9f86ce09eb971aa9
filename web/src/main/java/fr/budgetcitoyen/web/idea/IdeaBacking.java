package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/** One published idea, {@code /idea?id=12}; unpublished, unknown or malformed ids are a 404. */
@Named
@RequestScoped
public class IdeaBacking {

    @EJB
    private IdeaService ideas;

    @Inject
    @Param(name = "id")
    private String id;

    private Idea idea;

    @PostConstruct
    void load() {
        idea = PageIds.findOr404(id, ideas::published, "Idée inconnue");
    }

    public Idea getIdea() {
        return idea;
    }
}
