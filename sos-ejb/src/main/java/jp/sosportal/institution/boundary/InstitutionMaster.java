package jp.sosportal.institution.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.control.InstitutionInput;
import jp.sosportal.institution.control.InstitutionQuery;
import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.institution.control.InstitutionValidation;
import jp.sosportal.institution.control.Membership;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;

/**
 * The system admin's 医療機関マスタ: the filtered, sorted, paged table over the whole master, create and edit,
 * deactivate and reactivate (never delete: requests, surveys and accounts keep their institution), and the members
 * of a とりまとめ団体. Every change is checked by {@link InstitutionValidation} and {@link Membership}, refused
 * whole with its reasons by field, and written to the audit trail in its transaction.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class InstitutionMaster {

    /** The table's column names and what they sort by; the code ends every order so that pages are stable. */
    private static final Map<String, String> SORTABLE = Map.of("code", "i.code", "name", "i.name", "type", "i.type",
            "prefecture", "p.code", "aggregator", "a.code", "active", "i.active");
    private static final int MAX_CANDIDATES = 20;
    /** A code pattern no code matches (codes are digits): for a code filter without a digit in it. */
    private static final String NO_CODE = "-";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public long count(InstitutionQuery query) {
        return query(query, "select count(i) from Institution i join i.prefecture p left join i.aggregator a", "",
                Long.class).getSingleResult();
    }

    public List<InstitutionRow> search(InstitutionQuery query, int first, int size) {
        return query(query, "select i from Institution i join fetch i.prefecture p left join fetch i.aggregator a",
                order(query), Institution.class)
                .setFirstResult(first).setMaxResults(size)
                .getResultStream().map(InstitutionRow::of).toList();
    }

    /** The institution with this id; 404 when there is none. */
    public InstitutionRow find(long id) {
        return InstitutionRow.of(institution(id));
    }

    /** The members of a とりまとめ団体, by code (none for another institution). */
    public List<InstitutionRow> members(long aggregatorId) {
        return em.createQuery("select i from Institution i join fetch i.prefecture left join fetch i.aggregator a"
                        + " where a.id = :id order by i.code", Institution.class)
                .setParameter("id", aggregatorId).getResultStream().map(InstitutionRow::of).toList();
    }

    /**
     * Who may join a とりまとめ団体, for the member field's suggestions: active institutions that are no aggregator
     * and belong to none, whose code starts with or whose name contains {@code text}.
     */
    public List<InstitutionRow> memberCandidates(String text) {
        String typed = text == null ? "" : text.strip();
        return em.createQuery("select i from Institution i join fetch i.prefecture where i.active = :active"
                        + " and i.type <> :aggregator and i.aggregator is null"
                        + " and (i.code like :code or i.name like :name) order by i.code", Institution.class)
                .setParameter("active", true).setParameter("aggregator", InstitutionType.AGGREGATOR)
                .setParameter("code", codePrefix(typed)).setParameter("name", containing(typed))
                .setMaxResults(MAX_CANDIDATES).getResultStream().map(InstitutionRow::of).toList();
    }

    /** A new institution of the master; a code already there is refused at the code field. */
    public InstitutionRow create(InstitutionInput typed) {
        InstitutionInput input = typed.normalized();
        List<FieldError> errors = new ArrayList<>(InstitutionValidation.check(input, prefectureCodes()));
        if (errors.stream().noneMatch(e -> e.field().equals("code")) && byCode(input.code()).isPresent()) {
            errors.add(new FieldError("code", Labels.text("institution.code.duplicate", input.code())));
        }
        refuseIf(errors);
        Institution institution = new Institution(input.code(), input.name(), input.type(),
                em.find(Prefecture.class, input.prefectureCode()), input.phone(), null);
        institution.describe(input.name(), input.type(), institution.getPrefecture(), input.phone(), input.address());
        em.persist(institution);
        try {
            em.flush(); // another admin's institution of the same code, saved a moment before, is a duplicate too
        } catch (PersistenceException e) {
            throw InvalidInputException.invalid(List.of(new FieldError("code",
                    Labels.text("institution.code.duplicate", input.code()))));
        }
        record(AuditKind.INSTITUTION_CREATED, institution, describe(InstitutionRow.of(institution)));
        return InstitutionRow.of(institution);
    }

    /**
     * The admin's edit of the institution read at {@code version}; its code stays. A type change that would break a
     * membership is refused at the type field.
     */
    public InstitutionRow update(long id, long version, InstitutionInput typed) {
        Institution institution = current(id, version);
        InstitutionInput input = new InstitutionInput(institution.getCode(), typed.name(), typed.type(),
                typed.prefectureCode(), typed.phone(), typed.address()).normalized();
        List<FieldError> errors = new ArrayList<>(InstitutionValidation.check(input, prefectureCodes()));
        if (input.type() != null && input.type() != institution.getType()) {
            Membership.typeChangeRefusal(input.type(), hasMembers(institution),
                            institution.getAggregator() == null ? null : institution.getAggregator().getName())
                    .ifPresent(reason -> errors.add(new FieldError("type", reason)));
        }
        refuseIf(errors);
        InstitutionRow before = InstitutionRow.of(institution);
        institution.describe(input.name(), input.type(), em.find(Prefecture.class, input.prefectureCode()),
                input.phone(), input.address());
        InstitutionRow after = InstitutionRow.of(institution);
        String changes = changes(before, after);
        if (!changes.isEmpty()) {
            record(AuditKind.INSTITUTION_CHANGED, institution, changes);
        }
        return after;
    }

    /**
     * The institution's staff can no longer log in (their open sessions end at their next request) and nobody can
     * choose it; its requests, surveys, accounts and memberships stay.
     */
    public InstitutionRow deactivate(long id, long version) {
        Institution institution = current(id, version);
        if (institution.isActive()) {
            institution.deactivate();
            em.createQuery("select a from UserAccount a where a.institution = :institution", UserAccount.class)
                    .setParameter("institution", institution).getResultList().forEach(UserAccount::endSessions);
            record(AuditKind.INSTITUTION_DEACTIVATED, institution, null);
        }
        return InstitutionRow.of(institution);
    }

    public InstitutionRow reactivate(long id, long version) {
        Institution institution = current(id, version);
        if (!institution.isActive()) {
            institution.reactivate();
            record(AuditKind.INSTITUTION_REACTIVATED, institution, null);
        }
        return InstitutionRow.of(institution);
    }

    /**
     * Makes the institution with {@code memberCode} a member of the とりまとめ団体 {@code aggregatorId}; refused at
     * the member field when {@link Membership} says no or it already belongs to an aggregator.
     */
    public InstitutionRow addMember(long aggregatorId, String memberCode) {
        Institution aggregator = institution(aggregatorId);
        String code = memberCode == null ? "" : memberCode.strip();
        Institution member = byCode(code).orElseThrow(() -> memberRefused(code.isEmpty()
                ? Labels.text("error.required") : Labels.text("institution.member.unknown", code)));
        Membership.refusal(party(member), party(aggregator)).ifPresent(reason -> {
            throw memberRefused(reason);
        });
        Institution current = member.getAggregator();
        if (current != null) {
            throw memberRefused(current.getId().equals(aggregator.getId())
                    ? Labels.text("institution.member.already", member.getName())
                    : Labels.text("institution.member.elsewhere", member.getName(), current.getName()));
        }
        member.belongTo(aggregator);
        record(AuditKind.INSTITUTION_MEMBERSHIP_CHANGED, aggregator, "+ " + member.getCode() + " " + member.getName());
        return InstitutionRow.of(member);
    }

    /** Takes a member out of the とりまとめ団体; one that is not its member is left as it is (404). */
    public void removeMember(long aggregatorId, long memberId) {
        Institution member = institution(memberId);
        if (member.getAggregator() == null || member.getAggregator().getId() != aggregatorId) {
            throw new NotFoundException();
        }
        Institution aggregator = member.getAggregator();
        member.belongTo(null);
        record(AuditKind.INSTITUTION_MEMBERSHIP_CHANGED, aggregator, "- " + member.getCode() + " " + member.getName());
    }

    public List<Prefecture> prefectures() {
        return em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultList();
    }

    private Institution institution(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new NotFoundException();
        }
        return institution;
    }

    /** The institution as the admin read it, or stale. */
    private Institution current(long id, long version) {
        return StaleVersionException.unlessChanged(institution(id), version);
    }

    private Optional<Institution> byCode(String code) {
        return em.createNamedQuery(Institution.BY_CODE, Institution.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private boolean hasMembers(Institution institution) {
        return !em.createQuery("select i.id from Institution i where i.aggregator = :aggregator", Long.class)
                .setParameter("aggregator", institution).setMaxResults(1).getResultList().isEmpty();
    }

    private Set<String> prefectureCodes() {
        return prefectures().stream().map(Prefecture::getCode).collect(Collectors.toSet());
    }

    private static Membership.Party party(Institution institution) {
        return new Membership.Party(institution.getCode(), institution.getName(), institution.getType(),
                institution.isActive());
    }

    private static InvalidInputException memberRefused(String reason) {
        return InvalidInputException.ruleViolated(List.of(new FieldError("member", reason)));
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }

    private void record(AuditKind kind, Institution institution, String detail) {
        audit.record(kind, session.getCallerPrincipal().getName(), institution.getCode(), detail);
    }

    /** The audit line of a new institution: its fields as the export names them. */
    private static String describe(InstitutionRow row) {
        return changes(new InstitutionRow(0, 0, row.code(), null, null, null, null, null, null, null, null, null,
                row.active()), row);
    }

    /** 「医療機関名: 旧 → 新」 for each field that differs, for the audit trail. */
    private static String changes(InstitutionRow before, InstitutionRow after) {
        Map<String, Function<InstitutionRow, Object>> fields = new java.util.LinkedHashMap<>();
        fields.put("name", InstitutionRow::name);
        fields.put("type", row -> row.type() == null ? null : row.type().label());
        fields.put("prefecture", InstitutionRow::prefectureName);
        fields.put("phone", InstitutionRow::phone);
        fields.put("address", InstitutionRow::address);
        List<String> changed = new ArrayList<>();
        fields.forEach((field, value) -> {
            Object old = value.apply(before);
            Object now = value.apply(after);
            if (!Objects.equals(old, now)) {
                changed.add(Labels.text("institution.column." + field) + ": " + (old == null ? "" : old + " → ")
                        + (now == null ? "" : now));
            }
        });
        return String.join(", ", changed);
    }

    private <T> TypedQuery<T> query(InstitutionQuery query, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (present(query.code())) {
            where.add("i.code like :code");
            parameters.put("code", codePrefix(query.code()));
        }
        if (present(query.name())) {
            where.add("i.name like :name");
            parameters.put("name", containing(query.name()));
        }
        if (query.type() != null) {
            where.add("i.type = :type");
            parameters.put("type", query.type());
        }
        if (present(query.prefectureCode())) {
            where.add("p.code = :prefecture");
            parameters.put("prefecture", query.prefectureCode());
        }
        if (present(query.aggregator())) {
            where.add("(a.code = :aggregatorCode or a.name like :aggregatorName)");
            parameters.put("aggregatorCode", query.aggregator().strip());
            parameters.put("aggregatorName", containing(query.aggregator()));
        }
        if (query.active() != null) {
            where.add("i.active = :active");
            parameters.put("active", query.active());
        }
        TypedQuery<T> typed = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    private static String order(InstitutionQuery query) {
        List<String> keys = new ArrayList<>();
        for (InstitutionQuery.Sort sort : query.sorts()) {
            String path = SORTABLE.get(sort.column());
            if (path != null && !path.equals("i.code")) {
                keys.add(path + (sort.descending() ? " desc" : ""));
            }
        }
        boolean codeDescending = query.sorts().stream().anyMatch(s -> s.column().equals("code") && s.descending());
        keys.add("i.code" + (codeDescending ? " desc" : ""));
        return " order by " + String.join(", ", keys);
    }

    /** Names containing the typed text (a % or _ typed is a wildcard, which does no harm in a search). */
    private static String containing(String typed) {
        return "%" + typed.strip() + "%";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * The LIKE pattern of codes starting with the typed digits (codes are digits only, so nothing typed acts as a
     * wildcard). No ESCAPE clause or LOCATE here or in {@link #containing}: either makes EclipseLink write the
     * query's values into the SQL instead of binding them, and H2 then refuses the boolean it writes as 1.
     */
    private static String codePrefix(String typed) {
        String digits = typed.replaceAll("\\D", "");
        return digits.isEmpty() ? NO_CODE : digits + "%";
    }
}
