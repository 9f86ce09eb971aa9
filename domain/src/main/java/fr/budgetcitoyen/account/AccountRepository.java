package fr.budgetcitoyen.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accounts and their e-mailed tokens. */
public interface AccountRepository {

    Optional<Account> find(long id);

    /** The names of several accounts in one read (a list's lines); an id without account is absent. */
    Map<Long, String> displayNames(Collection<Long> ids);

    Optional<Account> findByEmail(String normalizedEmail);

    /** The account of an address as someone typed it (any case, spaces around); empty when not an address. */
    default Optional<Account> findByTypedEmail(String typed) {
        return Optional.ofNullable(typed).filter(EmailAddress::isValid).map(EmailAddress::normalize).flatMap(this::findByEmail);
    }

    /** Accounts whose e-mail or name contains the text (all when blank), by e-mail. */
    List<Account> search(String text, int first, int max);

    long count(String text);

    long countWithRole(Role role);

    List<Account> withRole(Role role);

    void store(Account account);

    void store(AccountToken token);

    Optional<AccountToken> findToken(String clearValue);

    void deleteTokens(Account account);

    /** The account linked to that identity at an OpenID Connect provider. */
    Optional<Account> findByIdentity(String issuer, String subject);

    void store(AccountIdentity identity);
}
