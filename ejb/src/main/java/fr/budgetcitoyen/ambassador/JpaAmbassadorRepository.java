package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.platform.JpaStore;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaAmbassadorRepository extends JpaStore implements AmbassadorRepository {

    /** Optional filters as "(:x is null or …)": one query serves every combination. */
    private static final String WHERE = " from Ambassador a where"
            + " (:text is null or lower(a.profile.name) like :text escape '\\'"
            + " or lower(a.profile.description) like :text escape '\\')"
            + " and (:territory is null or a.territoryCode = :territory)"
            + " and (:theme is null or a.profile.theme = :theme)"
            + " and (:legalForm is null or a.legalForm = :legalForm)"
            + " and (:year is null or a.recognisedYear = :year)";

    @Override
    public List<Ambassador> search(String text, String territory, Theme theme, LegalForm legalForm, Integer year, int first, int max) {
        return filtered(em.createQuery("select a" + WHERE + " order by a.profile.name, a.id", Ambassador.class),
                text, territory, theme, legalForm, year).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String text, String territory, Theme theme, LegalForm legalForm, Integer year) {
        return filtered(em.createQuery("select count(a)" + WHERE, Long.class), text, territory, theme, legalForm, year)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, String text, String territory, Theme theme,
                                              LegalForm legalForm, Integer year) {
        return query.setParameter("text", containing(text)).setParameter("territory", unlessBlank(territory))
                .setParameter("theme", theme).setParameter("legalForm", legalForm).setParameter("year", year);
    }

    @Override
    public Map<String, Long> countByTerritory() {
        return em.createQuery("select a.territoryCode, count(a) from Ambassador a group by a.territoryCode", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    @Override
    public Optional<Ambassador> find(long id) {
        return byId(Ambassador.class, id);
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return namesById("select a.id, a.profile.name from Ambassador a where a.id in :ids", ids);
    }

    @Override
    public Optional<Ambassador> managedBy(long accountId) {
        return first(Ambassador.class, "select a from Ambassador a where a.managerAccountId = :account", "account", accountId);
    }

    @Override
    public void store(Ambassador ambassador) {
        em.persist(ambassador);
    }

    @Override
    public List<ProfileChange> pendingChanges() {
        return list(ProfileChange.class, "select c from ProfileChange c where c.status = :status order by c.submitted.at",
                "status", ProfileChange.Status.PENDING);
    }

    @Override
    public Optional<ProfileChange> change(long id) {
        return byId(ProfileChange.class, id);
    }

    @Override
    public Optional<ProfileChange> pendingChangeOf(long ambassadorId) {
        return latest(ambassadorId, "and c.status = :status")
                .setParameter("status", ProfileChange.Status.PENDING).getResultStream().findFirst();
    }

    @Override
    public Optional<ProfileChange> latestChangeOf(long ambassadorId) {
        return latest(ambassadorId, "").getResultStream().findFirst();
    }

    private TypedQuery<ProfileChange> latest(long ambassadorId, String condition) {
        return em.createQuery("select c from ProfileChange c where c.ambassadorId = :ambassador " + condition
                + " order by c.submitted.at desc, c.id desc", ProfileChange.class).setParameter("ambassador", ambassadorId).setMaxResults(1);
    }

    @Override
    public void store(ProfileChange change) {
        em.persist(change);
    }

    @Override
    public List<Ambassador> withPendingLogo() {
        return list(Ambassador.class, "select a from Ambassador a where a.pendingLogo.storageKey is not null order by a.profile.name");
    }
}
