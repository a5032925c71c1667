package jp.sosportal.web.sos;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jp.sosportal.request.control.RequestInput;
import jp.sosportal.request.entity.RequestContent;

/**
 * What the new and edit forms hold while the user types (SPEC.md §6.6): the two declarations, the items and the
 * comment. Its input ids are the API's field names, so a refusal lands next to the field it names
 * ({@link jp.sosportal.web.platform.PageExceptionHandler}).
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean conditionsConfirmed;
    private boolean n95ConditionsConfirmed;
    private List<String> items = new ArrayList<>();
    private String comment;

    static RequestForm of(RequestContent content) {
        RequestForm form = new RequestForm();
        form.conditionsConfirmed = content.isConditionsConfirmed();
        form.n95ConditionsConfirmed = content.isN95ConditionsConfirmed();
        form.items = new ArrayList<>(content.getItemCodes());
        form.comment = content.getComment();
        return form;
    }

    RequestInput toInput() {
        return new RequestInput(conditionsConfirmed, n95ConditionsConfirmed, items, comment);
    }

    public boolean isConditionsConfirmed() {
        return conditionsConfirmed;
    }

    public void setConditionsConfirmed(boolean conditionsConfirmed) {
        this.conditionsConfirmed = conditionsConfirmed;
    }

    public boolean isN95ConditionsConfirmed() {
        return n95ConditionsConfirmed;
    }

    public void setN95ConditionsConfirmed(boolean n95ConditionsConfirmed) {
        this.n95ConditionsConfirmed = n95ConditionsConfirmed;
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
