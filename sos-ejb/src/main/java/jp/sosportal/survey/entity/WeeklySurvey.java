package jp.sosportal.survey.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import jp.sosportal.institution.entity.Institution;
import jp.sosportal.platform.BaseEntity;

/** An institution's 週次調査 answer for one date, a row per item; answering the same date again replaces it. */
@Entity
@Table(name = "weekly_survey", uniqueConstraints = @UniqueConstraint(columnNames = {"institution_id", "survey_date"}))
@NamedQuery(name = WeeklySurvey.LATEST, query = "select w from WeeklySurvey w where w.institution = :institution"
        + " and w.surveyDate <= :today order by w.surveyDate desc")
@NamedQuery(name = WeeklySurvey.ON_DATE, query = "select w from WeeklySurvey w where w.institution = :institution"
        + " and w.surveyDate = :date")
public class WeeklySurvey extends BaseEntity {

    public static final String LATEST = "WeeklySurvey.latest";
    public static final String ON_DATE = "WeeklySurvey.onDate";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "survey_date", nullable = false)
    private LocalDate surveyDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "weekly_survey_item", joinColumns = @JoinColumn(name = "weekly_survey_id"))
    @OrderBy("itemCode")
    private List<WeeklyItemAnswer> items = new ArrayList<>();

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    @Column(name = "answered_by", nullable = false, length = 64)
    private String answeredBy;

    protected WeeklySurvey() {
    }

    public WeeklySurvey(Institution institution, LocalDate surveyDate, List<WeeklyItemAnswer> items,
                        LocalDateTime answeredAt, String answeredBy) {
        this.institution = institution;
        this.surveyDate = surveyDate;
        this.items.addAll(items);
        this.answeredAt = answeredAt;
        this.answeredBy = answeredBy;
    }

    /** Replaces every row; the caller keeps the previous rows as a revision. */
    public void replace(List<WeeklyItemAnswer> newItems, LocalDateTime at, String by) {
        items.clear();
        items.addAll(newItems);
        this.answeredAt = at;
        this.answeredBy = by;
    }

    public Optional<WeeklyItemAnswer> item(String itemCode) {
        return items.stream().filter(i -> i.getItemCode().equals(itemCode)).findFirst();
    }

    public Institution getInstitution() {
        return institution;
    }

    public LocalDate getSurveyDate() {
        return surveyDate;
    }

    public List<WeeklyItemAnswer> getItems() {
        return Collections.unmodifiableList(items);
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
