package jp.sosportal.request.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;

/**
 * A condition's verdict as recorded at submission, with the survey value it rested on: the frozen evidence a
 * reviewer sees even after the institution answers new surveys.
 */
@Embeddable
public class CheckCondition implements Serializable {

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_id", nullable = false, length = 20)
    private ConditionId conditionId;

    @Column(name = "item_code", length = 30)
    private String itemCode;

    @Column(nullable = false)
    private boolean passed;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(length = 10)
    private String survey;

    @Column(name = "survey_date")
    private LocalDate surveyDate;

    @Column(length = 200)
    private String field;

    @Column(name = "field_value", length = 200)
    private String value;

    protected CheckCondition() {
    }

    CheckCondition(int position, ConditionResult result) {
        this.position = position;
        this.conditionId = result.id();
        this.itemCode = result.itemCode();
        this.passed = result.passed();
        this.message = result.message();
        this.survey = result.survey();
        this.surveyDate = result.surveyDate();
        this.field = result.field();
        this.value = result.value();
    }

    public ConditionResult toResult() {
        return new ConditionResult(conditionId, itemCode, passed, message, survey, surveyDate, field, value);
    }

    public int getPosition() {
        return position;
    }
}
