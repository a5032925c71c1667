package jp.sosportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.institution.control.MasterEntry;
import jp.sosportal.institution.entity.InstitutionType;

/**
 * Reading a 医療機関マスタ CSV and checking its rows against the stored master and the rest of the file: words for
 * types, prefectures and 有効, each bad input of issue 19 with its reason, and an export that reads back unchanged.
 */
class MasterCsvTest {

    static final String HEADER = "医療機関コード,医療機関名,医療機関種別,都道府県,とりまとめ団体コード,住所,連絡先電話番号,有効\n";
    static final Map<String, String> PREFECTURES = Map.of("東京都", "13", "大阪府", "27", "北海道", "01");
    static final Map<String, MasterEntry> STORED = Map.of(
            "1390000001", new MasterEntry("1390000001", "東京医療団体", InstitutionType.AGGREGATOR, null, true),
            "1320000001", new MasterEntry("1320000001", "池袋クリニック", InstitutionType.CLINIC, "1390000001", true),
            "1390000009", new MasterEntry("1390000009", "解散した団体", InstitutionType.AGGREGATOR, null, false),
            "1310000001", new MasterEntry("1310000001", "新宿病院", InstitutionType.HOSPITAL, null, true));

    @Test
    void typesPrefecturesAndActiveAreReadFromTheirWordsOrCodes() throws IOException {
        List<MasterRow> rows = rows(HEADER
                + "1310000002,Ｎ病院,病院,東京都,,東京都新宿区1-1,03-1234-5678,有効\n"
                + "0110000001,札幌クリニック,CLINIC,1,,,,無効\n"
                + "2790000001,大阪団体,とりまとめ団体,27,,,,\n");
        assertThat(rows).extracting(row -> row.input().type(), row -> row.input().prefectureCode(), MasterRow::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InstitutionType.HOSPITAL, "13", true),
                        org.assertj.core.groups.Tuple.tuple(InstitutionType.CLINIC, "01", false),
                        org.assertj.core.groups.Tuple.tuple(InstitutionType.AGGREGATOR, "27", true));
        assertThat(rows.get(0).input().name()).isEqualTo("N病院");
        assertThat(rows.get(1).input().phone()).isNull();
        assertThat(errors(rows)).allSatisfy(errors -> assertThat(errors).isEmpty());
    }

    @Test
    void unknownTypesAndPrefecturesAndBadCellsAreRejectedWithTheirColumnAndReason() throws IOException {
        List<List<CellError>> errors = errors(rows(HEADER
                + "1310000003,病院A,歯科医院,東京都,,,,\n"
                + "1310000004,病院B,病院,東京,,,,\n"
                + "131000,病院C,病院,東京都,,,03-xxxx,たぶん\n"
                + "1310000005,,,東京都,,,,\n"
                + "1310000006,病院D,病院\n"));

        assertThat(errors.get(0)).containsExactly(new CellError("医療機関種別", "歯科医院",
                "「歯科医院」は医療機関種別として使えません。「病院」「診療所」「地域外来・検査センター」「とりまとめ団体」のいずれかを入力してください。"));
        assertThat(errors.get(1)).containsExactly(new CellError("都道府県", "東京",
                "「東京」は都道府県として使えません。都道府県名(例: 東京都)か2桁の都道府県コード(例: 13)を入力してください。"));
        assertThat(errors.get(2)).extracting(CellError::column).containsExactlyInAnyOrder("有効", "医療機関コード",
                "連絡先電話番号");
        assertThat(errors.get(3)).extracting(CellError::column, CellError::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("医療機関名", "入力してください。"),
                org.assertj.core.groups.Tuple.tuple("医療機関種別", "医療機関種別を選択してください。"));
        assertThat(errors.get(4)).singleElement().satisfies(e -> assertThat(e.reason()).contains("列の数"));
    }

    @Test
    void membershipsFollowTheRulesAsTheFileWouldLeaveTheMaster() throws IOException {
        List<List<CellError>> errors = errors(rows(HEADER
                + "1390000002,新しい団体,とりまとめ団体,東京都,,,,\n"          // 2: fine
                + "1310000007,病院E,病院,東京都,1390000002,,,\n"              // 3: member of an aggregator further up
                + "1310000008,病院F,病院,東京都,1390000003,,,\n"              // 4: of one further down
                + "1390000003,後の団体,とりまとめ団体,東京都,,,,\n"            // 5: fine
                + "1390000004,団体内団体,とりまとめ団体,東京都,1390000001,,,\n" // 6: aggregator in aggregator
                + "1310000009,自分,病院,東京都,1310000009,,,\n"               // 7: itself
                + "1310000010,病院G,病院,東京都,1310000001,,,\n"              // 8: a hospital is no aggregator
                + "1310000011,病院H,病院,東京都,9999999999,,,\n"              // 9: unknown
                + "1310000012,病院I,病院,東京都,1390000009,,,\n"              // 10: inactive aggregator
                + "1390000001,東京医療団体,病院,東京都,,,,\n"                  // 11: has a member, cannot stop being one
                + "1310000007,重複,病院,東京都,,,,\n"));                      // 12: repeated code

        assertThat(errors.subList(0, 4)).allSatisfy(e -> assertThat(e).isEmpty());
        assertThat(reason(errors.get(4))).isEqualTo("「団体内団体」はとりまとめ団体のため、他のとりまとめ団体の会員にはできません。");
        assertThat(reason(errors.get(5))).isEqualTo("自分自身をとりまとめ団体の会員にすることはできません。");
        assertThat(reason(errors.get(6))).isEqualTo("「新宿病院」はとりまとめ団体ではないため、会員を持てません。");
        assertThat(reason(errors.get(7))).isEqualTo(
                "とりまとめ団体コード「9999999999」は医療機関マスタにもこのファイルにもありません。");
        assertThat(reason(errors.get(8))).isEqualTo("「解散した団体」は無効化されているため選べません。");
        assertThat(reason(errors.get(9))).startsWith("会員医療機関がいるため");
        assertThat(reason(errors.get(10))).isEqualTo("同じ医療機関コードの行が3行目にあります。");
    }

    @Test
    void aMembershipTheMasterAlreadyHasStaysWhenEitherSideIsInactive() throws IOException {
        List<List<CellError>> errors = errors(rows(HEADER
                + "1320000001,池袋クリニック,診療所,東京都,1390000001,,,無効\n"
                + "1390000001,東京医療団体,とりまとめ団体,東京都,,,,無効\n"));
        assertThat(errors).allSatisfy(e -> assertThat(e).isEmpty());
    }

    @Test
    void anExportedRowReadsBackAsTheSameInstitution() throws IOException {
        InstitutionRow row = new InstitutionRow(1, 0, "1320000001", "=池袋クリニック", InstitutionType.CLINIC, "13",
                "東京都", "+81-3-0000-0000", "東京都豊島区, 1-1", 7L, "1390000001", "東京医療団体", false);
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.RFC4180;
        String file = format.format(MasterCsv.header().toArray()) + "\n"
                + format.format(MasterCsv.cells(row).toArray()) + "\n";
        assertThat(file).contains("'=池袋クリニック", "'+81-3-0000-0000");

        MasterRow read = rows(file).get(0);
        assertThat(read.input()).isEqualTo(row.input());
        assertThat(read.aggregatorCode()).isEqualTo("1390000001");
        assertThat(read.active()).isFalse();
    }

    @Test
    void theSampleOfTheDocsImportsIntoAnEmptyMasterWithoutARejectAndWithItsMembership() throws IOException {
        Path sample = Path.of("../docs/samples/institutions.csv");
        List<MasterRow> rows = new ArrayList<>();
        try (MasterCsv csv = MasterCsv.open(sample, SurveyFiles.inspect(sample, null).charset(), PREFECTURES)) {
            for (MasterRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        MasterRowCheck.Index index = new MasterRowCheck.Index();
        rows.forEach(index::add);
        MasterRowCheck check = new MasterRowCheck(Map.of(), index, Set.copyOf(PREFECTURES.values()));
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(check.errors(row)).isEmpty());
        assertThat(rows.get(3).aggregatorCode()).isEqualTo("1390000001");
    }

    @Test
    void aWrongHeaderRefusesTheWholeFile() {
        assertThatThrownBy(() -> rows("医療機関コード,医療機関名,種別\n1310000001,病院,病院\n"))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("「医療機関種別」の列がありません。")
                .hasMessageContaining("「種別」は不明な列です。");
    }

    private static String reason(List<CellError> errors) {
        assertThat(errors).hasSize(1);
        return errors.get(0).reason();
    }

    private static List<MasterRow> rows(String content) throws IOException {
        List<MasterRow> rows = new ArrayList<>();
        try (MasterCsv csv = MasterCsv.read(new StringReader(content), PREFECTURES)) {
            for (MasterRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<CellError>> errors(List<MasterRow> rows) {
        MasterRowCheck.Index index = new MasterRowCheck.Index();
        rows.forEach(index::add);
        MasterRowCheck check = new MasterRowCheck(STORED, index, Set.copyOf(PREFECTURES.values()));
        return rows.stream().map(check::errors).toList();
    }
}
