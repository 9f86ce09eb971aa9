package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.web.platform.DetailPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Optional;

/** One published idea, {@code /idea?id=12}; unpublished, unknown or malformed ids are a 404. */
@Named
@RequestScoped
public class IdeaBacking extends DetailPage<Idea> {

    @EJB private IdeaService ideas;

    public IdeaBacking() {
        super("Idée inconnue");
    }

    @Override
    protected Optional<Idea> find(long id) {
        return ideas.published(id);
    }

    public Idea getIdea() {
        return shown();
    }
}
