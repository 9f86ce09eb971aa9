package fr.budgetcitoyen.account;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository extends JpaStore implements AccountRepository {

    private static final String MATCHING = " from Account a where lower(a.email) like :text or lower(a.displayName) like :text";

    @Override
    public Optional<Account> find(long id) {
        return byId(Account.class, id);
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return namesById("select a.id, a.displayName from Account a where a.id in :ids", ids);
    }

    @Override
    public Optional<Account> findByEmail(String normalizedEmail) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", normalizedEmail).getResultList().stream().findFirst();
    }

    @Override
    public List<Account> search(String text, int first, int max) {
        TypedQuery<Account> query = em.createQuery("select a" + MATCHING + " order by a.email", Account.class);
        return query.setParameter("text", pattern(text)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String text) {
        return single(Long.class, "select count(a)" + MATCHING, "text", pattern(text));
    }

    /** LIKE pattern of a free text: its wildcards are taken literally. */
    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "");
        return "%" + plain + "%";
    }

    @Override
    public long countWithRole(Role role) {
        return em.createNamedQuery("Account.countWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public List<Account> withRole(Role role) {
        return em.createNamedQuery("Account.withRole", Account.class).setParameter("role", role).getResultList();
    }

    @Override
    public void store(Account account) {
        if (account.id() == null) {
            em.persist(account);
        }
    }

    @Override
    public void store(AccountToken token) {
        em.persist(token);
    }

    @Override
    public Optional<AccountToken> findToken(String clearValue) {
        if (clearValue == null || clearValue.isBlank() || clearValue.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
                .setParameter("hash", AccountToken.hash(clearValue)).getResultStream().findFirst();
    }

    @Override
    public void deleteTokens(Account account) {
        em.createNamedQuery("AccountToken.deleteForAccount").setParameter("account", account).executeUpdate();
    }

    @Override
    public Optional<Account> findByIdentity(String issuer, String subject) {
        return Optional.ofNullable(em.find(AccountIdentity.class, new AccountIdentity.Key(issuer, subject)))
                .flatMap(identity -> find(identity.accountId()));
    }

    @Override
    public void store(AccountIdentity identity) {
        em.persist(identity);
    }
}
