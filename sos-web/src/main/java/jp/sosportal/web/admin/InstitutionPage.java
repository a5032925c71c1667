package jp.sosportal.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import jp.sosportal.institution.boundary.InstitutionMaster;
import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.web.platform.Messages;

/**
 * One institution of the master ({@code ?id=}; without it a new one): its fields ({@link InstitutionForm}),
 * 「無効にする」/「有効に戻す」, and for a とりまとめ団体 its members, added by code or name and taken out one by one.
 * Each action is one call of {@link InstitutionMaster}; a refusal is shown at its field and what was typed stays.
 */
@Named
@ViewScoped
public class InstitutionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionMaster master;

    @Inject
    Messages messages;

    @Inject
    @Param(name = "id")
    Long id;

    private InstitutionRow saved;
    private InstitutionForm form = new InstitutionForm();
    private String member;
    /** Read again (when null) after each change of the members, whether it was made or refused. */
    private List<InstitutionRow> members;

    /** The view action: the institution of {@code ?id=} (unknown: the 404 page), or an empty form. */
    public void load() {
        if (id != null) {
            show(master.find(id));
        }
    }

    public String save() {
        InstitutionRow row = saved == null ? master.create(form.toInput())
                : master.update(saved.id(), saved.version(), form.toInput());
        messages.infoOnNextPage(saved == null ? "admin.institution.created" : "admin.institution.saved", row.name());
        return "/admin/institution?faces-redirect=true&id=" + row.id();
    }

    public void deactivate() {
        change(() -> master.deactivate(saved.id(), saved.version()), "admin.institution.deactivated");
    }

    public void reactivate() {
        change(() -> master.reactivate(saved.id(), saved.version()), "admin.institution.reactivated");
    }

    private void change(Supplier<InstitutionRow> action, String done) {
        show(action.get());
        messages.info(null, done, saved.name());
    }

    /** The member field takes a code, or a suggestion 「コード 名称」. */
    public void addMember() {
        String typed = member == null ? "" : member.strip();
        members = null;
        InstitutionRow added = master.addMember(saved.id(), typed.split(" ", 2)[0]);
        messages.info(null, "admin.institution.memberAdded", added.name());
        member = null;
    }

    public void removeMember(long memberId) {
        members = null;
        master.removeMember(saved.id(), memberId);
        messages.info(null, "admin.institution.memberRemoved");
    }

    /** Suggestions for the member field: 「コード 名称」 of those who may join. */
    public List<String> completeMember(String query) {
        return master.memberCandidates(query).stream().map(row -> row.code() + " " + row.name()).toList();
    }

    private void show(InstitutionRow row) {
        saved = row;
        form = InstitutionForm.of(row);
        members = null;
    }

    public boolean isCreating() {
        return saved == null;
    }

    public InstitutionRow getSaved() {
        return saved;
    }

    public List<InstitutionRow> getMembers() {
        if (members == null) {
            members = saved != null && saved.isAggregator() ? master.members(saved.id()) : List.of();
        }
        return members;
    }

    public InstitutionForm getForm() {
        return form;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }
}
