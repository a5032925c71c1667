package jp.sosportal.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/** A question of よくあるご質問 with its answer. */
@Entity
@Table(name = "faq")
@NamedQuery(name = Faq.ALL, query = "select f from Faq f order by f.sortOrder, f.id")
public class Faq extends BaseEntity {

    public static final String ALL = "Faq.all";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 500)
    private String question;

    @Column(nullable = false, length = 4000)
    private String answer;

    protected Faq() {
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }
}
