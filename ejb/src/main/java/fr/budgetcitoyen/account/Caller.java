package fr.budgetcitoyen.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The account signed in behind the current call. A session bean, so that the identity it reads is the one the
 * calling bean received (a call between beans carries it) and the account is read in the caller's transaction.
 */
@Stateless
@PermitAll
public class Caller {

    @Resource private SessionContext context;
    @Inject private AccountRepository accounts;

    /** Only asked by the services' methods that need a signed-in person: the account exists. */
    public Account account() {
        return accounts.findByEmail(context.getCallerPrincipal().getName()).orElseThrow();
    }
}
