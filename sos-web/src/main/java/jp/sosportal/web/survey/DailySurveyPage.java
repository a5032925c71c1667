package jp.sosportal.web.survey;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.web.platform.FormErrors;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.security.CurrentUser;

/**
 * 「日次調査」: the answers condition ② reads (SPEC.md §3). It opens on today with today's answer if there is one;
 * choosing a day that was answered shows that answer, and saving replaces it (the service keeps the old one).
 */
@Named
@ViewScoped
public class DailySurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "dailyForm";
    private static final Set<String> FIELDS = Set.of("date", "antigenQuantitativeTests", "antigenQualitativeTests",
            "inpatients", "acceptableBeds", "testingInstitution", "pcrAvailable");

    @Inject
    transient Surveys surveys;

    @Inject
    transient Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    @Inject
    Formats formats;

    private LocalDate date;
    private Integer antigenQuantitativeTests;
    private Integer antigenQualitativeTests;
    private Integer inpatients;
    private Integer acceptableBeds;
    private boolean testingInstitution;
    private Boolean pcrAvailable;
    private boolean answered;

    @PostConstruct
    void init() {
        date = LocalDate.now(clock);
        showAnswerOf(date);
    }

    /** A day was picked: show its answer when it has one, so it is corrected rather than typed again. */
    public void dateChosen() {
        if (date != null) {
            showAnswerOf(date);
        }
    }

    public void save() {
        try {
            surveys.recordDaily(institutionCode(), date, new DailyInput(antigenQuantitativeTests,
                    antigenQualitativeTests, inpatients, acceptableBeds, testingInstitution, pcrAvailable));
            answered = true;
            messages.info(null, "survey.daily.saved", formats.day(date));
        } catch (InvalidInputException refused) {
            formErrors.show(refused, field -> FIELDS.contains(field) ? Optional.of(FORM_ID + ":" + field)
                    : Optional.empty());
        }
    }

    private void showAnswerOf(LocalDate day) {
        Optional<DailySurvey> answer = surveys.findDaily(institutionCode(), day);
        answered = answer.isPresent();
        answer.map(DailySurvey::getValues).ifPresent(this::fill);
    }

    private void fill(DailyValues values) {
        antigenQuantitativeTests = values.getAntigenQuantitativeTests();
        antigenQualitativeTests = values.getAntigenQualitativeTests();
        inpatients = values.getInpatients();
        acceptableBeds = values.getAcceptableBeds();
        testingInstitution = values.isTestingInstitution();
        pcrAvailable = values.isPcrAvailable();
    }

    private String institutionCode() {
        return user.getCaller().institutionCode();
    }

    public boolean isAnswered() {
        return answered;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
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
