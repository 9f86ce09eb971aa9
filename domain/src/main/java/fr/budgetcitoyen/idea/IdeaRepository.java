package fr.budgetcitoyen.idea;

import fr.budgetcitoyen.shared.Theme;

import java.util.List;
import java.util.Optional;

public interface IdeaRepository {

    void store(Idea idea);

    Optional<Idea> find(long id);

    /** Ideas of a campaign with that status, matching the text (title or description), territory and theme if given. */
    List<Idea> search(long campaignId, IdeaStatus status, String text, String territoryCode, Theme theme, int first, int max);

    long count(long campaignId, IdeaStatus status, String text, String territoryCode, Theme theme);

    List<Idea> byAuthor(long authorId);
}
