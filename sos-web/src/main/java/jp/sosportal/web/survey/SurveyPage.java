package jp.sosportal.web.survey;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.primefaces.PrimeFaces;

import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.security.CurrentUser;

/**
 * What the daily and the weekly survey pages share: the answer date, opening on today with today's answer if there
 * is one, and choosing a day that was answered shows that answer, to be corrected rather than typed again.
 */
abstract class SurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    private LocalDate date;
    private boolean answered;

    @PostConstruct
    void init() {
        prepare();
        date = LocalDate.now(clock);
        answered = showAnswerOf(date);
    }

    /** Sets up the empty form before today's answer is looked for. */
    protected void prepare() {
    }

    /** Fills the form with the answer of that day if there is one; true when there is. */
    protected abstract boolean showAnswerOf(LocalDate day);

    /** The client id of the part of the form an answer fills. */
    protected abstract String answerArea();

    /** A day was picked: show its answer when it has one. Otherwise only the note changes, nothing typed is replaced. */
    public void dateChosen() {
        if (date == null) {
            return;
        }
        answered = showAnswerOf(date);
        if (answered) {
            PrimeFaces.current().ajax().update(answerArea());
        }
    }

    /** Also tells the page's draft script (draft.js) that the answer is stored, so the browser's draft goes. */
    protected void saved() {
        answered = true;
        PrimeFaces.current().ajax().addCallbackParam("draftSaved", true);
    }

    protected String institutionCode() {
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
}
