package jp.sosportal.institution.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.institution.control.Profile;
import jp.sosportal.institution.control.ProfileValidation;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;

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

    /** 担当者名 and メールアドレス of the caller's account, where the profile form starts. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL", "BATCH_ADMIN", "SYSTEM_ADMIN"})
    public Profile currentProfile() {
        UserAccount account = currentAccount();
        return new Profile(account.getContactName(), account.getMail());
    }

    /**
     * 初回ログイン (SPEC.md §6.3; also 「ユーザ基礎情報登録」 later): the caller confirms or corrects 担当者名 and
     * メールアドレス. Invalid input writes nothing. Returns the caller as it is now.
     */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL", "BATCH_ADMIN", "SYSTEM_ADMIN"})
    public Caller confirmProfile(Profile profile) {
        List<FieldError> errors = ProfileValidation.check(profile);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        Profile confirmed = ProfileValidation.normalized(profile);
        UserAccount account = currentAccount();
        account.confirmProfile(confirmed.contactName(), confirmed.mail());
        return Caller.of(account);
    }

    private UserAccount currentAccount() {
        String username = session.getCallerPrincipal().getName();
        return findAccount(username).orElseThrow(() -> new EJBAccessException("no account for " + username));
    }

    Optional<UserAccount> findAccount(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
