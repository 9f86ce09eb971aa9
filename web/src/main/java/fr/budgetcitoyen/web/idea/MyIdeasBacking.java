package fr.budgetcitoyen.web.idea;

import fr.budgetcitoyen.comptoir.ComptoirService;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The signed-in person's ideas with where each stands, the refusal reasons, and their comptoirs. */
@Named
@RequestScoped
public class MyIdeasBacking {

    @EJB private IdeaService ideas;
    @EJB private ComptoirService comptoirs;

    private List<Idea> mine;
    private List<ComptoirSession> registered;
    private LocalDateTime now;
    private final Map<Long, String> answers = new HashMap<>();

    public List<Idea> getIdeas() {
        if (mine == null) {
            mine = ideas.mine();
        }
        return mine;
    }

    /** The comptoir sessions the person registered to, with their place (seat or waiting list). */
    public List<ComptoirSession> getComptoirs() {
        if (registered == null) {
            registered = comptoirs.mine();
        }
        return registered;
    }

    /** A past session stays in the list, marked as such: it is no longer an offer of help. */
    public boolean isOver(ComptoirSession session) {
        if (now == null) {
            now = comptoirs.now(); // once per request, not once per listed session
        }
        return session.isOver(now);
    }

    /** The author completes the description the agents asked about; it goes back to moderation. */
    public void clarify(Idea idea) {
        if (Refusals.attempt(() -> ideas.clarify(idea.id(), answers.get(idea.id())), field -> Refusals.besideButton("answer"))) {
            mine = null;
            Messages.addGlobalInfo(Texts.get("myIdeas.answered"));
        }
    }

    public Map<Long, String> getAnswers() { return answers; }

    public boolean isCollecting() {
        return ideas.collectingIdeas().isPresent();
    }
}
