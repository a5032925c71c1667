package jp.sosportal.web.admin;

import java.io.Serializable;
import java.util.List;

import jp.sosportal.institution.control.InstitutionInput;
import jp.sosportal.institution.control.InstitutionQuery;
import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.institution.entity.InstitutionType;

/**
 * An institution's fields as typed: the master table's filters (code, name, type, prefecture, とりまとめ団体,
 * 有効/無効) or one institution's editor (code, name, type, prefecture, phone, address).
 */
public class InstitutionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private InstitutionType type;
    private String prefecture;
    private String phone;
    private String address;
    private String aggregator;
    /** 「有効」 true, 「無効」 false, null both. */
    private Boolean active;

    static InstitutionForm of(InstitutionRow row) {
        InstitutionForm form = new InstitutionForm();
        form.code = row.code();
        form.name = row.name();
        form.type = row.type();
        form.prefecture = row.prefectureCode();
        form.phone = row.phone();
        form.address = row.address();
        return form;
    }

    InstitutionInput toInput() {
        return new InstitutionInput(code, name, type, prefecture, phone, address);
    }

    InstitutionQuery toQuery(List<InstitutionQuery.Sort> sorts) {
        return new InstitutionQuery(code, name, type, prefecture, aggregator, active, sorts);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAggregator() {
        return aggregator;
    }

    public void setAggregator(String aggregator) {
        this.aggregator = aggregator;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
