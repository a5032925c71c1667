package jp.sosportal.institution.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/**
 * A 医療機関 (or とりまとめ団体) of the master: who may ask, and which survey conditions apply to it. Its code is
 * its key for ever (imports upsert by it); it is never deleted, only deactivated: its history stays, its staff
 * cannot log in and nobody can choose it.
 */
@Entity
@Table(name = "institution")
@NamedQuery(name = Institution.BY_CODE, query = "select i from Institution i where i.code = :code")
public class Institution extends BaseEntity {

    public static final String BY_CODE = "Institution.byCode";
    public static final int CODE_LENGTH = 10;
    public static final int NAME_LENGTH = 200;
    public static final int PHONE_LENGTH = 20;
    public static final int ADDRESS_LENGTH = 300;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionType type;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "prefecture_code")
    private Prefecture prefecture;

    /** 連絡先 (電話番号). */
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Column(nullable = false)
    private boolean active = true;

    /** The とりまとめ団体 this institution belongs to, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "aggregator_id")
    private Institution aggregator;

    protected Institution() {
    }

    public Institution(String code, String name, InstitutionType type, Prefecture prefecture, String phone,
                       Institution aggregator) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.prefecture = prefecture;
        this.phone = phone;
        this.aggregator = aggregator;
    }

    /** The admin's 「保存」: everything but the code, which stays the key. */
    public void describe(String name, InstitutionType type, Prefecture prefecture, String phone, String address) {
        this.name = name;
        this.type = type;
        this.prefecture = prefecture;
        this.phone = phone;
        this.address = address;
    }

    /** Joins a とりまとめ団体 (null: leaves the one it was in); the rules are checked by the caller. */
    public void belongTo(Institution aggregator) {
        this.aggregator = aggregator;
    }

    /** Its staff can no longer log in and nobody can choose it; its requests, surveys and accounts stay. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public boolean isAggregator() {
        return type == InstitutionType.AGGREGATOR;
    }

    public boolean isIn(String prefectureCode) {
        return prefecture.getCode().equals(prefectureCode);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public InstitutionType getType() {
        return type;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public String getPhone() {
        return phone;
    }

    public Institution getAggregator() {
        return aggregator;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }
}
