package jp.sosportal.review.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestEvent;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.control.DistributionInput;
import jp.sosportal.review.control.DistributionValidation;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.survey.entity.SupplyItem;

/**
 * 配布 of accepted requests: the nation records (配布予定) and ships (発送済), the request's own institution receives
 * (受領). Everyone reaches a distribution exactly as they reach its request (another prefecture's or institution's
 * is not found); each method is one transaction of load → one verb → store, checked against the caller's version.
 */
@Stateless
public class Distributions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<RequestEvent> events;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    SupplyRequests requests;

    @Inject
    @ConfigProperty(name = "sos.review.max-approved-quantity")
    int maxQuantity;

    /** The distributions of a request the caller reaches, in the order they were recorded. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public List<Distribution> of(long requestId) {
        requests.find(requestId);
        return em.createNamedQuery(Distribution.OF_REQUEST, Distribution.class)
                .setParameter("request", requestId).getResultList();
    }

    /** 配布予定: one item of an accepted request, a quantity from 1 to the cap, a planned date. */
    @RolesAllowed("NATIONAL")
    public Distribution plan(long requestId, DistributionInput input) {
        SupplyRequest request = requests.find(requestId);
        DistributionValidation.validate(input, request.getContent().getItemCodes(), maxQuantity);
        Distribution distribution = new Distribution(request, input.itemCode(), input.quantity(),
                input.plannedDate(), now(), accounts.currentCaller().username());
        em.persist(distribution);
        events.fire(new RequestEvent(request, RequestEvent.Kind.DISTRIBUTION_PLANNED, List.of(Labels.text(
                "mail.distribution.planned", itemName(distribution), distribution.getQuantity(),
                Labels.day(distribution.getPlannedDate())))));
        return audited(AuditKind.DISTRIBUTION_PLANNED, distribution);
    }

    /** 発送済 on the given day (not in the future, not before the distribution was recorded). */
    @RolesAllowed("NATIONAL")
    public Distribution ship(long distributionId, long version, LocalDate shippedOn) {
        Distribution distribution = current(distributionId, version);
        LocalDateTime now = now();
        String error = distribution.shippedDateError(shippedOn, now.toLocalDate());
        if (error != null && distribution.canShip()) {
            throw InvalidInputException.invalid(List.of(new FieldError("shippedDate", error)));
        }
        distribution.ship(shippedOn, now, accounts.currentCaller().username());
        events.fire(new RequestEvent(distribution.getRequest(), RequestEvent.Kind.SHIPPED, List.of(Labels.text(
                "mail.distribution.shipped", itemName(distribution), distribution.getQuantity(),
                Labels.day(distribution.getShippedDate())))));
        return audited(AuditKind.DISTRIBUTION_SHIPPED, distribution);
    }

    /** 受領 by staff of the request's own institution, once shipped. */
    @RolesAllowed("STAFF")
    public Distribution receive(long distributionId, long version) {
        Distribution distribution = current(distributionId, version);
        distribution.receive(now(), accounts.currentCaller().username());
        return audited(AuditKind.DISTRIBUTION_RECEIVED, distribution);
    }

    private Distribution audited(AuditKind kind, Distribution distribution) {
        audit.record(kind, accounts.currentCaller().username(), SupplyRequests.subject(distribution.getRequest()),
                distribution.getItemCode() + " " + distribution.getQuantity());
        return distribution;
    }

    /** As the request's own verbs: one the caller does not reach is not found, a changed one is stale. */
    private Distribution current(long distributionId, long version) {
        Distribution distribution = em.find(Distribution.class, distributionId);
        if (distribution == null) {
            throw new NotFoundException();
        }
        requests.find(distribution.getRequest().getId());
        return StaleVersionException.unlessChanged(distribution, version);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private String itemName(Distribution distribution) {
        SupplyItem item = em.find(SupplyItem.class, distribution.getItemCode());
        return item == null ? distribution.getItemCode() : item.getName();
    }
}
