package fr.budgetcitoyen.idea;

import fr.budgetcitoyen.shared.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaIdeaRepository implements IdeaRepository {

    /** Optional filters are written as "(:x is null or …)" so one query serves every combination. */
    private static final String WHERE = " from Idea i where i.campaign.id = :campaign and i.status = :status"
            + " and (:text is null or lower(i.title) like :text or lower(i.description) like :text)"
            + " and (:territory is null or i.territoryCode = :territory)"
            + " and (:theme is null or i.theme = :theme)";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void store(Idea idea) {
        em.persist(idea);
    }

    @Override
    public Optional<Idea> find(long id) {
        return Optional.ofNullable(em.find(Idea.class, id));
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
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return query.setParameter("campaign", campaignId).setParameter("status", status)
                .setParameter("text", pattern)
                .setParameter("territory", territoryCode == null || territoryCode.isBlank() ? null : territoryCode)
                .setParameter("theme", theme);
    }

    @Override
    public List<Idea> byAuthor(long authorId) {
        return em.createQuery("select i from Idea i join fetch i.campaign where i.authorId = :author order by i.depositedAt desc",
                Idea.class).setParameter("author", authorId).getResultList();
    }
}
