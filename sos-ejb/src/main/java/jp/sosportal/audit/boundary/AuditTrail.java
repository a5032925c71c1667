package jp.sosportal.audit.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import jp.sosportal.audit.control.AuditQuery;
import jp.sosportal.audit.entity.AuditEvent;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.platform.ClientAddress;

/**
 * The audit trail. Anyone's service writes to it with {@link #record}: the event joins the caller's transaction,
 * so a move that rolls back leaves no line claiming it happened. The client address comes from the HTTP request
 * being served, when there is one. Only the system admin reads it.
 */
@Stateless
@PermitAll
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<ClientAddress> clientAddress;

    /**
     * Records that {@code actor} (a user name, or null for nobody known) did {@code kind} to {@code subject} (an
     * account, a request, a file…). {@code detail} is free text for the admin: never a password or a token.
     */
    public void record(AuditKind kind, String actor, String subject, String detail) {
        recordFrom(kind, actor, subject, detail, currentAddress());
    }

    /** As {@link #record}, with the client address given (the login mechanism knows it before any filter ran). */
    public void recordFrom(AuditKind kind, String actor, String subject, String detail, String address) {
        em.persist(new AuditEvent(LocalDateTime.now(clock), kind, actor, subject, address, detail));
        LOG.fine(() -> "audit " + kind + " actor=" + actor + " subject=" + subject + " from " + address);
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public List<AuditEvent> search(AuditQuery query, int first, int size) {
        return query(query, "select e", " order by e.at desc, e.id desc", AuditEvent.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public long count(AuditQuery query) {
        return query(query, "select count(e)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditQuery query, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        String user = query.trimmedUser();
        if (user != null) {
            where.add("(e.actor = :user or e.subject = :user)");
        }
        if (query.kind() != null) {
            where.add("e.kind = :kind");
        }
        if (query.from() != null) {
            where.add("e.at >= :from");
        }
        if (query.to() != null) {
            where.add("e.at < :to");
        }
        String jpql = select + " from AuditEvent e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order;
        TypedQuery<T> typed = em.createQuery(jpql, type);
        if (user != null) {
            typed.setParameter("user", user);
        }
        if (query.kind() != null) {
            typed.setParameter("kind", query.kind());
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to().plusDays(1).atStartOfDay());
        }
        return typed;
    }

    /** The client address of the HTTP request being served; null outside one. */
    public String currentAddress() {
        try {
            return clientAddress.isResolvable() ? clientAddress.get().get() : null;
        } catch (ContextNotActiveException e) {
            return null; // a batch step or a timer: no HTTP request
        }
    }
}
