package jp.sosportal.survey.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import jp.sosportal.institution.entity.Institution;
import jp.sosportal.platform.BaseEntity;

/** An institution's 日次調査 answer for one day; answering the same day again replaces the values. */
@Entity
@Table(name = "daily_survey", uniqueConstraints = @UniqueConstraint(columnNames = {"institution_id", "survey_date"}))
@NamedQuery(name = DailySurvey.LATEST, query = "select d from DailySurvey d where d.institution = :institution"
        + " and d.surveyDate <= :today order by d.surveyDate desc")
@NamedQuery(name = DailySurvey.ON_DATE, query = "select d from DailySurvey d where d.institution = :institution"
        + " and d.surveyDate = :date")
@NamedQuery(name = DailySurvey.BETWEEN, query = "select d from DailySurvey d where d.institution = :institution"
        + " and d.surveyDate between :from and :to order by d.surveyDate desc")
public class DailySurvey extends BaseEntity {

    public static final String LATEST = "DailySurvey.latest";
    public static final String ON_DATE = "DailySurvey.onDate";
    public static final String BETWEEN = "DailySurvey.between";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "survey_date", nullable = false)
    private LocalDate surveyDate;

    @Embedded
    private DailyValues values;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    @Column(name = "answered_by", nullable = false, length = 64)
    private String answeredBy;

    protected DailySurvey() {
    }

    public DailySurvey(Institution institution, LocalDate surveyDate, DailyValues values, LocalDateTime answeredAt,
                       String answeredBy) {
        this.institution = institution;
        this.surveyDate = surveyDate;
        this.values = values;
        this.answeredAt = answeredAt;
        this.answeredBy = answeredBy;
    }

    /** Replaces the answer; the caller keeps the previous values as a revision. */
    public void replace(DailyValues newValues, LocalDateTime at, String by) {
        this.values = newValues;
        this.answeredAt = at;
        this.answeredBy = by;
    }

    public Institution getInstitution() {
        return institution;
    }

    public LocalDate getSurveyDate() {
        return surveyDate;
    }

    public DailyValues getValues() {
        return values;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
