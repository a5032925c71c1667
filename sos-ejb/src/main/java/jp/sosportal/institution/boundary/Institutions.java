package jp.sosportal.institution.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.platform.NotFoundException;

/** The 医療機関 master, as far as the caller reaches: an institution the caller may not see does not exist. */
@Stateless
public class Institutions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    /** The institution with this code if the current caller reaches it; otherwise 404. */
    public Institution reachable(String code) {
        return reachable(code, accounts.currentCaller());
    }

    public Institution reachable(String code, Caller caller) {
        return em.createNamedQuery(Institution.BY_CODE, Institution.class).setParameter("code", code)
                .getResultStream().findFirst()
                .filter(caller::reaches)
                .orElseThrow(NotFoundException::new);
    }

    /** Any institution of the master (batch loads); 404 when the code is unknown. */
    public Institution byCode(String code) {
        return em.createNamedQuery(Institution.BY_CODE, Institution.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    public List<Prefecture> prefectures() {
        return em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultList();
    }
}
