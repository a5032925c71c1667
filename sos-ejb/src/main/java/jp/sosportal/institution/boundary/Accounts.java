package jp.sosportal.institution.boundary;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.UserAccount;

/** Accounts: who the logged-in caller is, for pages and for the access rules of every other service. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<Caller> findCaller(String username) {
        return findAccount(username).map(Caller::of);
    }

    /**
     * The caller of the current call; fails when nobody is logged in or the account has gone. Resolved once per
     * transaction: a service method asks several times (access, then the actor of the history row).
     */
    public Caller currentCaller() {
        String username = session.getCallerPrincipal().getName();
        boolean inTransaction = transactions.getTransactionKey() != null;
        Object known = inTransaction ? transactions.getResource(Caller.class) : null;
        if (known instanceof Caller caller && caller.username().equals(username)) {
            return caller;
        }
        Caller caller = findCaller(username).orElseThrow(() -> new EJBAccessException("no account for " + username));
        if (inTransaction) {
            transactions.putResource(Caller.class, caller);
        }
        return caller;
    }

    public Optional<UserAccount> findAccount(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
