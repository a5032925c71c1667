package jp.sosportal.web.survey;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;

/**
 * 「日次調査」: the answers condition ② reads (SPEC.md §3). It opens on today with today's answer if there is one;
 * choosing a day that was answered shows that answer, and saving replaces it (the service keeps the old one).
 */
@Named
@ViewScoped
public class DailySurveyPage extends SurveyPage {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "dailyForm";

    private Integer antigenQuantitativeTests;
    private Integer antigenQualitativeTests;
    private Integer inpatients;
    private Integer acceptableBeds;
    private boolean testingInstitution;
    private Boolean pcrAvailable;

    public void save() {
        surveys.recordDaily(institutionCode(), getDate(), new DailyInput(antigenQuantitativeTests,
                antigenQualitativeTests, inpatients, acceptableBeds, testingInstitution, pcrAvailable));
        saved();
        messages.info(null, "survey.daily.saved", formats.day(getDate()));
    }

    @Override
    protected boolean showAnswerOf(LocalDate day) {
        Optional<DailySurvey> answer = surveys.findDaily(institutionCode(), day);
        answer.map(DailySurvey::getValues).ifPresent(this::fill);
        return answer.isPresent();
    }

    @Override
    protected String answerArea() {
        return FORM_ID;
    }

    private void fill(DailyValues values) {
        antigenQuantitativeTests = values.getAntigenQuantitativeTests();
        antigenQualitativeTests = values.getAntigenQualitativeTests();
        inpatients = values.getInpatients();
        acceptableBeds = values.getAcceptableBeds();
        testingInstitution = values.isTestingInstitution();
        pcrAvailable = values.isPcrAvailable();
    }

    public Integer getAntigenQuantitativeTests() {
        return antigenQuantitativeTests;
    }

    public void setAntigenQuantitativeTests(Integer antigenQuantitativeTests) {
        this.antigenQuantitativeTests = antigenQuantitativeTests;
    }

    public Integer getAntigenQualitativeTests() {
        return antigenQualitativeTests;
    }

    public void setAntigenQualitativeTests(Integer antigenQualitativeTests) {
        this.antigenQualitativeTests = antigenQualitativeTests;
    }

    public Integer getInpatients() {
        return inpatients;
    }

    public void setInpatients(Integer inpatients) {
        this.inpatients = inpatients;
    }

    public Integer getAcceptableBeds() {
        return acceptableBeds;
    }

    public void setAcceptableBeds(Integer acceptableBeds) {
        this.acceptableBeds = acceptableBeds;
    }

    public boolean isTestingInstitution() {
        return testingInstitution;
    }

    public void setTestingInstitution(boolean testingInstitution) {
        this.testingInstitution = testingInstitution;
    }

    public Boolean getPcrAvailable() {
        return pcrAvailable;
    }

    public void setPcrAvailable(Boolean pcrAvailable) {
        this.pcrAvailable = pcrAvailable;
    }
}
