package jp.sosportal.survey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The revision text a replaced daily answer keeps, written by the page/API (Java) and the batch load (SQL) alike. */
class DailyValuesTest {

    @Test
    void theRevisionTextNamesEveryValue() {
        assertThat(new DailyValues(3, 0, 12, 4, true, false).toString()).isEqualTo("antigenQuantitativeTests=3, "
                + "antigenQualitativeTests=0, inpatients=12, acceptableBeds=4, testingInstitution=true, "
                + "pcrAvailable=false");
    }

    @Test
    void theBatchWritesTheSameTextInSql() {
        assertThat(DailyValues.revisionSql("d")).isEqualTo("'antigenQuantitativeTests=' || d.antigen_quantitative_tests"
                + " || ', antigenQualitativeTests=' || d.antigen_qualitative_tests || ', inpatients=' || d.inpatients"
                + " || ', acceptableBeds=' || d.acceptable_beds"
                + " || ', testingInstitution=' || case when d.testing_institution then 'true' else 'false' end"
                + " || ', pcrAvailable=' || case when d.pcr_available then 'true' else 'false' end");
    }
}
