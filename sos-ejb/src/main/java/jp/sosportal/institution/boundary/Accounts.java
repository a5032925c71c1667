package jp.sosportal.institution.boundary;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.UserAccount;

/** Accounts: who the logged-in caller is, for pages and for the access rules of every other service. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public Optional<Caller> findCaller(String username) {
        return findAccount(username).map(Caller::of);
    }

    /** The caller of the current call; fails when nobody is logged in or the account has gone. */
    public Caller currentCaller() {
        String username = session.getCallerPrincipal().getName();
        return findCaller(username).orElseThrow(() -> new EJBAccessException("no account for " + username));
    }

    public Optional<UserAccount> findAccount(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
