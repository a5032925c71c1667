package jp.sosportal.survey.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.sosportal.institution.entity.Institution;
import jp.sosportal.platform.BaseEntity;

/** A survey answer as it was before someone replaced it: nothing answered is ever lost. */
@Entity
@Table(name = "survey_revision")
public class SurveyRevision extends BaseEntity {

    public enum Kind { DAILY, WEEKLY }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "survey_date", nullable = false)
    private LocalDate surveyDate;

    @Column(name = "previous_values", nullable = false, length = 4000)
    private String previousValues;

    @Column(name = "previously_answered_at", nullable = false)
    private LocalDateTime previouslyAnsweredAt;

    @Column(name = "previously_answered_by", nullable = false, length = 64)
    private String previouslyAnsweredBy;

    @Column(name = "replaced_at", nullable = false)
    private LocalDateTime replacedAt;

    @Column(name = "replaced_by", nullable = false, length = 64)
    private String replacedBy;

    protected SurveyRevision() {
    }

    public static SurveyRevision of(DailySurvey previous, LocalDateTime at, String by) {
        return new SurveyRevision(previous.getInstitution(), Kind.DAILY, previous.getSurveyDate(),
                previous.getValues().toString(), previous.getAnsweredAt(), previous.getAnsweredBy(), at, by);
    }

    public static SurveyRevision of(WeeklySurvey previous, LocalDateTime at, String by) {
        return new SurveyRevision(previous.getInstitution(), Kind.WEEKLY, previous.getSurveyDate(),
                previous.getItems().toString(), previous.getAnsweredAt(), previous.getAnsweredBy(), at, by);
    }

    private SurveyRevision(Institution institution, Kind kind, LocalDate surveyDate, String previousValues,
                           LocalDateTime previouslyAnsweredAt, String previouslyAnsweredBy, LocalDateTime replacedAt,
                           String replacedBy) {
        this.institution = institution;
        this.kind = kind;
        this.surveyDate = surveyDate;
        this.previousValues = previousValues;
        this.previouslyAnsweredAt = previouslyAnsweredAt;
        this.previouslyAnsweredBy = previouslyAnsweredBy;
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getSurveyDate() {
        return surveyDate;
    }

    public String getPreviousValues() {
        return previousValues;
    }

    public LocalDateTime getReplacedAt() {
        return replacedAt;
    }
}
