package fr.budgetcitoyen.idea;

import fr.budgetcitoyen.platform.JpaStore;
import fr.budgetcitoyen.shared.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIdeaRepository extends JpaStore implements IdeaRepository {

    /** Optional filters are written as "(:x is null or …)" so one query serves every combination. */
    private static final String WHERE = " from Idea i where i.campaign.id = :campaign and i.status = :status"
            + " and (:text is null or lower(i.title) like :text escape '\\'"
            + " or lower(i.description) like :text escape '\\')"
            + " and (:territory is null or i.territoryCode = :territory)"
            + " and (:theme is null or i.theme = :theme)";

    @Override
    public void store(Idea idea) {
        em.persist(idea);
    }

    @Override
    public Optional<Idea> find(long id) {
        return byId(Idea.class, id);
    }

    @Override
    public List<Idea> search(long campaignId, IdeaStatus status, String text, String territoryCode, Theme theme,
                             int first, int max) {
        return filtered(em.createQuery("select i" + WHERE + " order by i.depositedAt desc, i.id desc", Idea.class),
                campaignId, status, text, territoryCode, theme).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(long campaignId, IdeaStatus status, String text, String territoryCode, Theme theme) {
        return filtered(em.createQuery("select count(i)" + WHERE, Long.class), campaignId, status, text, territoryCode, theme)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, long campaignId, IdeaStatus status, String text,
                                              String territoryCode, Theme theme) {
        return query.setParameter("campaign", campaignId).setParameter("status", status)
                .setParameter("text", containing(text)).setParameter("territory", unlessBlank(territoryCode))
                .setParameter("theme", theme);
    }

    @Override
    public List<Idea> byAuthor(long authorId) {
        return list(Idea.class,
                "select i from Idea i join fetch i.campaign where i.authorId = :author order by i.depositedAt desc",
                "author", authorId);
    }
}
