package jp.sosportal.institution.boundary;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.control.AccountCsv;
import jp.sosportal.institution.control.AccountInput;
import jp.sosportal.institution.control.AccountPage;
import jp.sosportal.institution.control.AccountQuery;
import jp.sosportal.institution.control.AccountRefusedException;
import jp.sosportal.institution.control.AccountRow;
import jp.sosportal.institution.control.AccountValidation;
import jp.sosportal.institution.control.BulkAccountCheck;
import jp.sosportal.institution.control.InstitutionChoice;
import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.control.ProfileValidation;
import jp.sosportal.institution.control.Tokens;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;

/**
 * The system admin's accounts (issue 19, SPEC.md §2): the table with its filters, creation one by one or from a
 * CSV file, changes of 担当者名, mail, role and scope, disabling (which ends the account's sessions everywhere),
 * lifting a login throttle and sending a link to set the password — the admin never sees or sets a password. Two
 * changes are refused: an admin changing their own role or scope, and any change that leaves no enabled system
 * admin. Every change is in the audit trail; invalid input writes nothing.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class AccountAdministration {

    /** Lists handed to an {@code in} parameter are cut into pieces of this size (databases limit them). */
    private static final int IN_LIST = 1000;
    private static final int CHOICES = 20;
    private static final Map<String, String> CSV_COLUMNS = Map.of("institution", "account.column.institution",
            "username", "account.column.username", "contactName", "account.column.contactName",
            "mail", "account.column.mail");

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Logins logins;

    @Inject
    PasswordResets resets;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    // ---------------------------------------------------------------------------------------------------------
    // The table

    public AccountPage search(AccountQuery query, int first, int size) {
        Map<String, LocalDateTime> locked = logins.lockedAccounts();
        if (Boolean.TRUE.equals(query.locked()) && locked.isEmpty()) {
            return new AccountPage(List.of(), 0);
        }
        long total = filtered(query, "select count(a)", "", Long.class, locked.keySet()).getSingleResult();
        List<AccountRow> rows = filtered(query, "select a", " order by " + query.orderBy(), UserAccount.class,
                locked.keySet())
                // one query for the page with its institutions (many rows have none, which IN batching trips on)
                .setHint("eclipselink.left-join-fetch", "a.institution")
                .setHint("eclipselink.left-join-fetch", "a.prefecture")
                .setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(account -> AccountRow.of(account, locked.get(account.getUsername()))).toList();
        return new AccountPage(rows, total);
    }

    public AccountRow find(long id) {
        UserAccount account = account(id);
        return AccountRow.of(account, logins.lockedAccounts().get(account.getUsername()));
    }

    /** Institutions whose code starts with, or whose name contains, what the admin typed. */
    public List<InstitutionChoice> institutionChoices(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        // a deactivated one is never chosen, and is filtered before the limit so that it takes no place of one
        return em.createQuery("select i from Institution i join fetch i.prefecture where i.active = true"
                        + " and (i.code like :prefix or i.name like :part) order by i.code", Institution.class)
                .setParameter("prefix", text + "%").setParameter("part", "%" + text + "%")
                .setMaxResults(CHOICES).getResultList().stream()
                .map(i -> new InstitutionChoice(i.getCode(), i.getName(), i.getPrefecture().getName())).toList();
    }

    /** Enabled accounts per role, every role present; for the admin's home. */
    public Map<Role, Long> enabledCountsByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        em.createQuery("select a.role, count(a) from UserAccount a where a.enabled = true group by a.role",
                Object[].class).getResultList().forEach(row -> counts.put((Role) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Existing accounts that cannot log in now because of failed logins. */
    public long lockedCount() {
        return existing(logins.lockedAccounts().keySet()).size();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Changes

    /** A new account, mailed a link to set its password; a taken name or an unknown code is said at its field. */
    public AccountRow create(AccountInput input) {
        List<FieldError> errors = new ArrayList<>(AccountValidation.check(input, true));
        String username = input.trimmedUsername();
        if (errors.stream().noneMatch(e -> "username".equals(e.field())) && !existing(List.of(username)).isEmpty()) {
            errors.add(new FieldError("username", Labels.text("account.username.taken", username)));
        }
        Scope scope = scope(input, errors);
        refuseInvalid(errors);
        UserAccount account = newAccount(input, scope, passwords.hash(Tokens.newToken()));
        audit.record(AuditKind.ACCOUNT_CHANGED, actor(), username,
                Labels.text("account.audit.created", describe(account)));
        return AccountRow.of(account, null);
    }

    /**
     * 担当者名, mail, role and scope of an account read at {@code version}. A new role or scope ends the account's
     * sessions (a session keeps the roles it was opened with).
     */
    public AccountRow update(long id, long version, AccountInput input) {
        UserAccount account = StaleVersionException.unlessChanged(account(id), version);
        List<FieldError> errors = new ArrayList<>(AccountValidation.check(input, false));
        Scope scope = scope(input, errors);
        refuseInvalid(errors);
        var contact = ProfileValidation.normalized(input.profile());
        if (!contact.contactName().equals(account.getContactName()) || !contact.mail().equals(account.getMail())) {
            account.changeContact(contact.contactName(), contact.mail());
            audit.record(AuditKind.ACCOUNT_CHANGED, actor(), account.getUsername(),
                    Labels.text("account.audit.changed", contact.contactName() + " <" + contact.mail() + ">"));
        }
        if (scope.differsFrom(input.role(), account)) {
            refuseOwnOrLastAdmin(account, input.role());
            String before = describe(account);
            account.changeScope(input.role(), scope.institution(), scope.prefecture());
            audit.record(AuditKind.ROLE_CHANGED, actor(), account.getUsername(),
                    Labels.text("account.audit.roleChanged", before, describe(account)));
        }
        return AccountRow.of(account, logins.lockedAccounts().get(account.getUsername()));
    }

    /** The account can no longer log in and its open sessions end on every node at their next request. */
    public void disable(long id) {
        UserAccount account = account(id);
        if (!account.isEnabled()) {
            return;
        }
        if (account.getRole() == Role.SYSTEM_ADMIN && enabledAdmins() <= 1) {
            throw new AccountRefusedException("account.refused.lastAdmin");
        }
        account.disable();
        audit.record(AuditKind.ACCOUNT_CHANGED, actor(), account.getUsername(), Labels.text("account.audit.disabled"));
    }

    public void enable(long id) {
        UserAccount account = account(id);
        if (!account.isEnabled()) {
            account.enable();
            audit.record(AuditKind.ACCOUNT_CHANGED, actor(), account.getUsername(),
                    Labels.text("account.audit.enabled"));
        }
    }

    /** Forgets the account's failed logins: its owner may log in at once. */
    public void unlock(long id) {
        UserAccount account = account(id);
        logins.unlock(account.getUsername());
        audit.record(AuditKind.ACCOUNT_CHANGED, actor(), account.getUsername(), Labels.text("account.audit.unlocked"));
    }

    /** Mails the account a new link to set its password (older links stop working); the admin never sees it. */
    public void sendPasswordLink(long id) {
        UserAccount account = account(id);
        if (!account.isEnabled()) {
            throw new AccountRefusedException("account.refused.disabled");
        }
        if (!account.hasMail()) {
            throw new AccountRefusedException("account.refused.noMail");
        }
        resets.sendInvitation(account, false);
        audit.record(AuditKind.ACCOUNT_CHANGED, actor(), account.getUsername(), Labels.text("account.audit.linkSent"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bulk creation from a CSV file

    /** The dry run: what the file would create, and every bad line with its reason. Writes nothing. */
    public BulkAccountCheck checkBulk(byte[] csv) {
        return bulk(csv, (line, scope) -> { });
    }

    /**
     * Creates every account of the file, each mailed a link to set its password, or none when any line is bad
     * (the problems are those of {@link #checkBulk}).
     */
    public int createBulk(byte[] csv) {
        List<UserAccount> created = new ArrayList<>();
        String hash = passwords.hash(Tokens.newToken()); // a secret nobody knows; one PBKDF2 for the whole file
        BulkAccountCheck check = bulk(csv, (line, scope) -> created.add(newAccount(line.input(), scope, hash)));
        if (!check.isValid()) {
            throw InvalidInputException.invalid(check.problems().stream().map(p -> new FieldError(null, p)).toList());
        }
        String actor = actor();
        created.forEach(account -> audit.record(AuditKind.ACCOUNT_CHANGED, actor, account.getUsername(),
                Labels.text("account.audit.bulkCreated", describe(account))));
        return created.size();
    }

    /** Checks every line; when all are good, hands each to {@code create} with its institution. */
    private BulkAccountCheck bulk(byte[] csv, BiConsumer<AccountCsv.Line, Scope> create) {
        AccountCsv.Parsed parsed = AccountCsv.parse(csv);
        List<String> problems = new ArrayList<>(parsed.problems());
        Map<String, Institution> institutions = institutions(parsed.lines().stream()
                .map(line -> line.input().trimmedInstitutionCode()).filter(Objects::nonNull).toList());
        Set<String> taken = existing(parsed.lines().stream().map(line -> line.input().trimmedUsername())
                .filter(AccountValidation::isUsername).toList());
        Map<String, Long> firstLine = new HashMap<>();
        Map<AccountCsv.Line, Scope> good = new LinkedHashMap<>();
        for (AccountCsv.Line line : parsed.lines()) {
            List<FieldError> errors = new ArrayList<>(AccountValidation.check(line.input(), true));
            String username = line.input().trimmedUsername();
            String code = line.input().trimmedInstitutionCode();
            if (username != null && taken.contains(username)) {
                errors.add(new FieldError("username", Labels.text("account.username.taken", username)));
            } else if (username != null && firstLine.containsKey(username)) {
                errors.add(new FieldError("username",
                        Labels.text("account.username.repeated", username, firstLine.get(username))));
            }
            if (username != null) {
                firstLine.putIfAbsent(username, line.number());
            }
            if (code != null && !institutions.containsKey(code)) {
                errors.add(new FieldError("institution", Labels.text("account.institution.unknown", code)));
            }
            errors.forEach(e -> problems.add(Labels.text("account.csv.line", line.number(),
                    Labels.text(CSV_COLUMNS.getOrDefault(e.field(), "account.column.username")), e.message())));
            if (errors.isEmpty()) {
                good.put(line, new Scope(institutions.get(code), null));
            }
        }
        if (problems.isEmpty()) {
            good.forEach(create);
        }
        return new BulkAccountCheck(parsed.lines().size(), problems);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What a role is tied to, as entities. */
    private record Scope(Institution institution, Prefecture prefecture) {

        boolean differsFrom(Role role, UserAccount account) {
            return role != account.getRole() || !Objects.equals(id(institution), id(account.getInstitution()))
                    || !Objects.equals(code(prefecture), code(account.getPrefecture()));
        }

        private static Long id(Institution institution) {
            return institution == null ? null : institution.getId();
        }

        private static String code(Prefecture prefecture) {
            return prefecture == null ? null : prefecture.getCode();
        }
    }

    private Scope scope(AccountInput input, List<FieldError> errors) {
        Institution institution = null;
        Prefecture prefecture = null;
        String code = input.trimmedInstitutionCode();
        if (input.role() == Role.STAFF && code != null) {
            institution = institutions(List.of(code)).get(code);
            if (institution == null) {
                errors.add(new FieldError("institution", Labels.text("account.institution.unknown", code)));
            }
        }
        String prefectureCode = input.trimmedPrefectureCode();
        if (input.role() == Role.PREFECTURE && prefectureCode != null) {
            prefecture = em.find(Prefecture.class, prefectureCode);
            if (prefecture == null) {
                errors.add(new FieldError("prefecture", Labels.text("account.prefecture.unknown", prefectureCode)));
            }
        }
        return new Scope(institution, prefecture);
    }

    private UserAccount newAccount(AccountInput input, Scope scope, String passwordHash) {
        var contact = ProfileValidation.normalized(input.profile());
        UserAccount account = new UserAccount(input.trimmedUsername(), passwordHash, input.role(), scope.institution(),
                scope.prefecture(), contact.contactName(), contact.mail());
        em.persist(account);
        resets.sendInvitation(account, true);
        return account;
    }

    /** The caller may not change their own role; no change may leave the portal without an enabled admin. */
    private void refuseOwnOrLastAdmin(UserAccount account, Role newRole) {
        if (account.getUsername().equals(actor())) {
            throw new AccountRefusedException("account.refused.ownRole");
        }
        if (account.isEnabled() && account.getRole() == Role.SYSTEM_ADMIN && newRole != Role.SYSTEM_ADMIN
                && enabledAdmins() <= 1) {
            throw new AccountRefusedException("account.refused.lastAdmin");
        }
    }

    private long enabledAdmins() {
        return em.createQuery("select count(a) from UserAccount a where a.role = :role and a.enabled = true",
                Long.class).setParameter("role", Role.SYSTEM_ADMIN).getSingleResult();
    }

    private static String describe(UserAccount account) {
        String scope = account.getInstitution() != null ? " " + account.getInstitution().getCode()
                : account.getPrefecture() != null ? " " + account.getPrefecture().getCode() : "";
        return account.getRole().label() + scope;
    }

    private UserAccount account(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id)).orElseThrow(NotFoundException::new);
    }

    private String actor() {
        return accounts.currentCaller().username();
    }

    private Map<String, Institution> institutions(Collection<String> codes) {
        Map<String, Institution> found = new HashMap<>();
        inPieces(new ArrayList<>(new HashSet<>(codes)), piece -> em.createQuery(
                        "select i from Institution i join fetch i.prefecture where i.code in :codes", Institution.class)
                .setParameter("codes", piece).getResultList().stream().filter(Institution::isActive)
                .forEach(i -> found.put(i.getCode(), i)));
        return found; // a deactivated institution gets no new account
    }

    /** Which of these user names are taken. */
    private Set<String> existing(Collection<String> usernames) {
        Set<String> found = new HashSet<>();
        inPieces(new ArrayList<>(new HashSet<>(usernames)), piece -> found.addAll(em.createQuery(
                        "select a.username from UserAccount a where a.username in :names", String.class)
                .setParameter("names", piece).getResultList()));
        return found;
    }

    private static void inPieces(List<String> values, java.util.function.Consumer<List<String>> work) {
        for (int from = 0; from < values.size(); from += IN_LIST) {
            work.accept(values.subList(from, Math.min(values.size(), from + IN_LIST)));
        }
    }

    private <T> TypedQuery<T> filtered(AccountQuery query, String select, String order, Class<T> type,
                                       Set<String> locked) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String text = query.trimmedText();
        if (text != null) {
            // no ESCAPE clause: with one, EclipseLink stops binding on H2 and writes booleans as 1, which H2 refuses;
            // a % or _ the admin types is a wildcard, which only widens the admin's own search
            where.add("(a.username like :prefix or lower(a.contactName) like :part or lower(a.mail) like :part)");
            parameters.put("prefix", text + "%");
            parameters.put("part", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (query.role() != null) {
            where.add("a.role = :role");
            parameters.put("role", query.role());
        }
        if (query.institutionCode() != null && !query.institutionCode().isBlank()) {
            where.add("i.code = :institution");
            parameters.put("institution", query.institutionCode().strip());
        }
        if (query.prefectureCode() != null) {
            where.add("(p.code = :prefecture or ip.code = :prefecture)");
            parameters.put("prefecture", query.prefectureCode());
        }
        if (query.enabled() != null) {
            where.add("a.enabled = :enabled");
            parameters.put("enabled", query.enabled());
        }
        if (query.locked() != null && !locked.isEmpty()) {
            where.add(query.locked() ? "a.username in :locked" : "a.username not in :locked");
            parameters.put("locked", List.copyOf(locked));
        }
        String jpql = select + " from UserAccount a left join a.institution i left join a.prefecture p"
                + " left join i.prefecture ip" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order;
        TypedQuery<T> typed = em.createQuery(jpql, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    private static void refuseInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }
}
