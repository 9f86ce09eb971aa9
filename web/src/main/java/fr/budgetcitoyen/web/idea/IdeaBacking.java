package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

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
        idea = id != null && id.matches("\\d{1,12}") ? ideas.published(Long.parseLong(id)).orElse(null) : null;
        if (idea == null) {
            Faces.responseSendError(404, "Idée inconnue");
        }
    }

    public Idea getIdea() {
        return idea;
    }
}
