package jp.sosportal.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/** A question of よくあるご質問 with its answer, shown while its {@link Publication} says so, in its order. */
@Entity
@Table(name = "faq")
@NamedQuery(name = Faq.PUBLISHED, query = "select f from Faq f where f.publication.publishedFrom <= :today"
        + " and (f.publication.publishedUntil is null or f.publication.publishedUntil >= :today)"
        + " order by f.publication.sortOrder, f.id")
@NamedQuery(name = Faq.ALL, query = "select f from Faq f order by f.publication.sortOrder, f.id")
public class Faq extends BaseEntity {

    public static final String PUBLISHED = "Faq.published";
    public static final String ALL = "Faq.all";
    public static final int QUESTION_LENGTH = 500;
    public static final int ANSWER_LENGTH = 4000;

    @Column(nullable = false, length = QUESTION_LENGTH)
    private String question;

    @Column(nullable = false, length = ANSWER_LENGTH)
    private String answer;

    @Embedded
    private Publication publication;

    protected Faq() {
    }

    public Faq(String question, String answer, Publication publication) {
        change(question, answer, publication);
    }

    public final void change(String question, String answer, Publication publication) {
        this.question = question;
        this.answer = answer;
        this.publication = publication;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public Publication getPublication() {
        return publication;
    }
}
