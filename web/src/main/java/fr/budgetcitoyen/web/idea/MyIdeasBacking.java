package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The signed-in person's ideas with where each stands, and the refusal reasons. */
@Named
@RequestScoped
public class MyIdeasBacking {

    @EJB
    private IdeaService ideas;

    private List<Idea> mine;

    public List<Idea> getIdeas() {
        if (mine == null) {
            mine = ideas.mine();
        }
        return mine;
    }

    public boolean isCollecting() {
        return ideas.collectingIdeas().isPresent();
    }
}
