package jp.sosportal.survey.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;

import jp.sosportal.eligibility.control.DailyAnswer;

/** The answers of a 日次調査 that condition ② reads (SPEC.md §3); counts are whole numbers ≥ 0. */
@Embeddable
public class DailyValues {

    /** 「うち抗原定量検査実施人数」. */
    @Min(0)
    @Column(name = "antigen_quantitative_tests", nullable = false)
    private int antigenQuantitativeTests;

    /** 「うち抗原定性検査(簡易キット)実施人数」. */
    @Min(0)
    @Column(name = "antigen_qualitative_tests", nullable = false)
    private int antigenQualitativeTests;

    /** 「入院中」. */
    @Min(0)
    @Column(nullable = false)
    private int inpatients;

    /** 「新型コロナウイルス感染患者受入可能数」. */
    @Min(0)
    @Column(name = "acceptable_beds", nullable = false)
    private int acceptableBeds;

    /** 「診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む)」. */
    @Column(name = "testing_institution", nullable = false)
    private boolean testingInstitution;

    /** 「PCR検査実施の可否」 = 「可能」. */
    @Column(name = "pcr_available", nullable = false)
    private boolean pcrAvailable;

    protected DailyValues() {
    }

    public DailyValues(int antigenQuantitativeTests, int antigenQualitativeTests, int inpatients, int acceptableBeds,
                       boolean testingInstitution, boolean pcrAvailable) {
        this.antigenQuantitativeTests = antigenQuantitativeTests;
        this.antigenQualitativeTests = antigenQualitativeTests;
        this.inpatients = inpatients;
        this.acceptableBeds = acceptableBeds;
        this.testingInstitution = testingInstitution;
        this.pcrAvailable = pcrAvailable;
    }

    DailyAnswer toAnswer(LocalDate date) {
        return new DailyAnswer(date, antigenQuantitativeTests, antigenQualitativeTests, inpatients, acceptableBeds,
                testingInstitution, pcrAvailable);
    }

    public int getAntigenQuantitativeTests() {
        return antigenQuantitativeTests;
    }

    public int getAntigenQualitativeTests() {
        return antigenQualitativeTests;
    }

    public int getInpatients() {
        return inpatients;
    }

    public int getAcceptableBeds() {
        return acceptableBeds;
    }

    public boolean isTestingInstitution() {
        return testingInstitution;
    }

    public boolean isPcrAvailable() {
        return pcrAvailable;
    }

    @Override
    public String toString() {
        return "antigenQuantitativeTests=" + antigenQuantitativeTests + ", antigenQualitativeTests="
                + antigenQualitativeTests + ", inpatients=" + inpatients + ", acceptableBeds=" + acceptableBeds
                + ", testingInstitution=" + testingInstitution + ", pcrAvailable=" + pcrAvailable;
    }
}
