package jp.sosportal.web.admin;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jp.sosportal.institution.boundary.AccountAdministration;
import jp.sosportal.institution.control.AccountRow;
import jp.sosportal.institution.control.InstitutionChoice;
import jp.sosportal.web.platform.Messages;

/**
 * 「アカウント管理」 (issue 19): the accounts table, paged, filtered and sorted in the database; one form for a new
 * account or a change of an existing one ({@link AccountForm}); and per row disable/enable, unlock and
 * 「パスワード設定用リンクを送信」. Every rule is the boundary's; this bean keeps the page's state.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    Messages messages;

    private AccountFilter filter = new AccountFilter();
    /** The editor's fields; null while no account is being edited. */
    private AccountForm form;
    private final Map<String, String> institutionLabels = new HashMap<>();

    private final LazyDataModel<AccountRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, administration.search(filter.query(null), 0, 1).total());
        }

        @Override
        public List<AccountRow> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> by) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return administration.search(filter.query(sort), first, size).rows();
        }

        @Override
        public String getRowKey(AccountRow row) {
            return String.valueOf(row.id());
        }
    };

    public void clearFilters() {
        filter = new AccountFilter();
    }

    public void startNew() {
        form = new AccountForm();
    }

    public void startEdit(AccountRow row) {
        AccountRow current = administration.find(row.id());
        form = AccountForm.of(current);
        if (current.institutionCode() != null) {
            institutionLabels.put(current.institutionCode(), current.institutionCode() + " " + current.institutionName());
        }
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        AccountRow saved = form.isNewAccount() ? administration.create(form.toInput())
                : administration.update(form.id(), form.version(), form.toInput());
        messages.info(null, form.isNewAccount() ? "admin.accounts.created" : "admin.accounts.saved", saved.username());
        form = null;
    }

    public void disable(AccountRow row) {
        act(administration::disable, "admin.accounts.disabled", row);
    }

    public void enable(AccountRow row) {
        act(administration::enable, "admin.accounts.enabled", row);
    }

    public void unlock(AccountRow row) {
        act(administration::unlock, "admin.accounts.unlocked", row);
    }

    public void sendPasswordLink(AccountRow row) {
        act(administration::sendPasswordLink, "admin.accounts.linkSent", row);
    }

    private void act(LongConsumer move, String doneKey, AccountRow row) {
        move.accept(row.id());
        messages.info(null, doneKey, row.username());
    }

    /** Codes for the institution field's suggestions; their labels are kept for {@link #institutionLabel}. */
    public List<String> completeInstitution(String typed) {
        List<InstitutionChoice> choices = administration.institutionChoices(typed);
        choices.forEach(choice -> institutionLabels.put(choice.code(), choice.label()));
        return choices.stream().map(InstitutionChoice::code).toList();
    }

    public String institutionLabel(String code) {
        return institutionLabels.getOrDefault(code, code);
    }

    public LazyDataModel<AccountRow> getRows() {
        return rows;
    }

    public AccountFilter getFilter() {
        return filter;
    }

    public AccountForm getForm() {
        return form;
    }
}
