package jp.sosportal.survey.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;

/** The answers of a 日次調査 that condition ② reads (SPEC.md §3); counts are whole numbers ≥ 0. */
@Embeddable
public class DailyValues implements Serializable {

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

    /** The revision text kept when an answer is replaced: {@code antigenQuantitativeTests=3, …, pcrAvailable=true}. */
    @Override
    public String toString() {
        return FIELDS.stream().map(f -> f.name() + "=" + f.value().apply(this)).collect(Collectors.joining(", "));
    }

    /**
     * The same text as {@link #toString()}, as an SQL expression over the {@code daily_survey} row {@code alias}:
     * the batch load keeps its revisions with one insert-select instead of reading each row.
     */
    public static String revisionSql(String alias) {
        return FIELDS.stream().map(f -> "'" + (f == FIELDS.get(0) ? "" : ", ") + f.name() + "=' || "
                + (f.flag() ? "case when " + alias + "." + f.column() + " then 'true' else 'false' end"
                        : alias + "." + f.column())).collect(Collectors.joining(" || "));
    }

    /** A field of the revision text: its name there, its column, its value; booleans are flags. */
    private record Field(String name, String column, boolean flag, Function<DailyValues, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("antigenQuantitativeTests", "antigen_quantitative_tests", false,
                    DailyValues::getAntigenQuantitativeTests),
            new Field("antigenQualitativeTests", "antigen_qualitative_tests", false,
                    DailyValues::getAntigenQualitativeTests),
            new Field("inpatients", "inpatients", false, DailyValues::getInpatients),
            new Field("acceptableBeds", "acceptable_beds", false, DailyValues::getAcceptableBeds),
            new Field("testingInstitution", "testing_institution", true, DailyValues::isTestingInstitution),
            new Field("pcrAvailable", "pcr_available", true, DailyValues::isPcrAvailable));
}
