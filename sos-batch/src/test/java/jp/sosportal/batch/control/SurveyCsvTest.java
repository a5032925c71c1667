package jp.sosportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.sosportal.institution.control.InstitutionRef;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.WeeklyItemInput;

/** Reading survey CSV files: encodings, the header, each bad input of issue 7, and the rows' reasons. */
class SurveyCsvTest {

    static final String DAILY_HEADER = "医療機関コード,回答日,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,入院中,"
            + "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否\n";
    static final String WEEKLY_HEADER = "医療機関コード,回答日,物資,現在の在庫の備蓄見通し,現在の在庫量,1週間の使用量,購入予定量\n";
    static final LocalDate TODAY = LocalDate.of(2021, 1, 14);
    static final Map<String, String> ITEM_CODES = Map.of("サージカルマスク", "SURGICAL_MASK",
            "SURGICAL_MASK", "SURGICAL_MASK", "非滅菌手袋", "NON_STERILE_GLOVES");
    static final Map<String, String> ITEM_NAMES = Map.of("SURGICAL_MASK", "サージカルマスク",
            "NON_STERILE_GLOVES", "非滅菌手袋");
    static final Map<String, InstitutionRef> MASTER = Map.of(
            "1310000001", new InstitutionRef(1, "1310000001", null),
            "1320000001", new InstitutionRef(2, "1320000001", "1390000001"),
            "1390000001", new InstitutionRef(3, "1390000001", null));

    @TempDir
    Path dir;

    @Test
    void utf8WithAndWithoutBomAndCp932AreDetected() throws IOException {
        String content = DAILY_HEADER + "1310000001,2021-01-04,0,2,3,4,あり,可能\n";
        assertThat(SurveyFiles.inspect(file(content, StandardCharsets.UTF_8), null).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(SurveyFiles.inspect(file("\uFEFF" + content, StandardCharsets.UTF_8), "").charset())
                .isEqualTo(StandardCharsets.UTF_8);
        Path sjis = file(content, SurveyFiles.CP932);
        assertThat(SurveyFiles.inspect(sjis, null).charset()).isEqualTo(SurveyFiles.CP932);
        assertThat(SurveyFiles.inspect(sjis, "Shift_JIS").charset()).isEqualTo(SurveyFiles.CP932);
        List<SurveyRow> rows = daily(sjis);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.isValid()).isTrue();
            assertThat(row.daily()).isEqualTo(new DailyInput(0, 2, 3, 4, true, true));
        });
        List<SurveyRow> bom = daily(file("\uFEFF" + content, StandardCharsets.UTF_8));
        assertThat(bom.get(0).institutionCode()).isEqualTo("1310000001");
    }

    @Test
    void aDeclaredEncodingTheFileIsNotInFailsTheFile() throws IOException {
        Path sjis = file(DAILY_HEADER + "1310000001,2021-01-04,0,2,3,4,あり,可能\n", SurveyFiles.CP932);
        assertThatThrownBy(() -> SurveyFiles.inspect(sjis, "UTF-8")).isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("文字コード(UTF-8)で読み込めません");
        assertThatThrownBy(() -> SurveyFiles.inspect(sjis, "EBCDIC-X")).hasMessageContaining("対応していません");
    }

    @Test
    void emptyBinaryAndOverlongFilesFailAtOnce() throws IOException {
        assertThatThrownBy(() -> SurveyFiles.inspect(file("", StandardCharsets.UTF_8), null))
                .hasMessageContaining("ファイルが空です");
        assertThatThrownBy(() -> SurveyFiles.inspect(file("\uFEFF", StandardCharsets.UTF_8), null))
                .hasMessageContaining("ファイルが空です");
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertThatThrownBy(() -> SurveyFiles.inspect(binary, null)).hasMessageContaining("バイナリ");
        String tenMegabytes = "1".repeat(10 * 1024 * 1024);
        Path longLine = file(DAILY_HEADER + "1310000001,2021-01-04," + tenMegabytes + ",2,3,4,あり,可能\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SurveyFiles.inspect(longLine, null)).hasMessageContaining("2行目が長すぎます");
    }

    @Test
    void invalidBytesInNeitherEncodingFailTheFile() throws IOException {
        Path garbage = dir.resolve("garbage.csv");
        Files.write(garbage, new byte[] {'a', ',', (byte) 0x82, (byte) 0xFF, (byte) 0xFF, '\n'});
        assertThatThrownBy(() -> SurveyFiles.inspect(garbage, null)).hasMessageContaining("文字コードを判別できません");
    }

    @Test
    void aMissingUnknownOrRepeatedHeaderFailsTheFile() throws IOException {
        assertThatThrownBy(() -> daily(file("医療機関コード,回答日,入院中\n", StandardCharsets.UTF_8)))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageStartingWith("見出し行が正しくありません。")
                .hasMessageContaining("「うち抗原定量検査実施人数」の列がありません。");
        assertThatThrownBy(() -> daily(file(DAILY_HEADER.strip() + ",備考\n", StandardCharsets.UTF_8)))
                .hasMessageContaining("「備考」は不明な列です。");
        assertThatThrownBy(() -> daily(file(DAILY_HEADER.strip() + ",入院中\n", StandardCharsets.UTF_8)))
                .hasMessageContaining("「入院中」の列が重複しています。");
        assertThatThrownBy(() -> weekly(file(DAILY_HEADER, StandardCharsets.UTF_8)))
                .hasMessageContaining("「物資」の列がありません。");
    }

    @Test
    void columnsMayComeInAnyOrderAndFullWidthDigitsAreRead() throws IOException {
        String header = "回答日,医療機関コード,入院中,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,"
                + "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否\n";
        List<SurveyRow> rows = daily(file(header + "２０２１/１/４,１３１００００００１,１２, 0 ,0,0,なし,不可\n",
                StandardCharsets.UTF_8));
        assertThat(rows.get(0).institutionCode()).isEqualTo("1310000001");
        assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(rows.get(0).daily()).isEqualTo(new DailyInput(0, 0, 12, 0, false, false));
        assertThat(check(rows.get(0))).isEmpty();
    }

    @Test
    void quotedCommasAndLineBreaksKeepTheLineNumbersRight() throws IOException {
        List<SurveyRow> rows = weekly(file(WEEKLY_HEADER
                + "1310000001,2021-01-04,サージカルマスク,1週間以内,\"1,200\",900,0\n"
                + "1310000001,2021-01-04,\"非滅菌\n手袋\",2～3週間,10,5,0\n"
                + "1320000001,2021/1/4,非滅菌手袋,2〜3週間,10,5,0\n", StandardCharsets.UTF_8));
        assertThat(rows).extracting(SurveyRow::line).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(0).weekly()).isEqualTo(new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 1200, 900, 0));
        assertThat(check(rows.get(1))).extracting(CellError::reason)
                .containsExactly("「非滅菌\n手袋」は登録されていない物資です。");
        assertThat(rows.get(2).weekly().outlook()).isEqualTo("TWO_TO_THREE_WEEKS");
    }

    @Test
    void extraOrMissingCellsRejectTheRow() throws IOException {
        List<SurveyRow> rows = daily(file(DAILY_HEADER + "1310000001,2021-01-04,0,2,3,4,あり,可能,余分\n"
                + "1310000001,2021-01-05,0,2\n", StandardCharsets.UTF_8));
        assertThat(check(rows.get(0))).extracting(CellError::reason)
                .containsExactly("列の数が見出し行と一致しません(見出し8列、この行9列)。");
        assertThat(check(rows.get(1))).extracting(CellError::reason)
                .containsExactly("列の数が見出し行と一致しません(見出し8列、この行4列)。");
    }

    @Test
    void badValuesAreRejectedWithColumnValueAndReason() throws IOException {
        List<SurveyRow> rows = daily(file(DAILY_HEADER
                + "1310000001,2021-01-04,-1,2,3,4,あり,可能\n"
                + "1310000001,2021-01-05,abc,2,3,4,たぶん,可能\n"
                + "1310000001,2021-01-15,0,2,3,4,あり,可能\n"
                + "9999999999,2021-01-06,0,2,3,4,あり,可能\n"
                + "1310000001,2021-02-30,0,2,3,4,あり,可能\n"
                + "1310000001,2021-01-07,,2,3,4,あり,可能\n", StandardCharsets.UTF_8));
        assertThat(check(rows.get(0))).containsExactly(
                new CellError("うち抗原定量検査実施人数", "-1", "0以上の整数を入力してください。"));
        assertThat(check(rows.get(1))).containsExactly(
                new CellError("うち抗原定量検査実施人数", "abc", "整数を入力してください。"),
                new CellError("診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む)", "たぶん",
                        "「あり」か「なし」(または 1 か 0)で入力してください。"));
        assertThat(check(rows.get(2))).containsExactly(
                new CellError("回答日", "2021-01-15", "未来の日付は指定できません。"));
        assertThat(check(rows.get(3))).containsExactly(new CellError("医療機関コード", "9999999999",
                "医療機関コード「9999999999」は医療機関マスタに登録されていません。"));
        assertThat(check(rows.get(4))).extracting(CellError::reason)
                .containsExactly("日付は yyyy-MM-dd または yyyy/M/d の形式で入力してください。");
        assertThat(check(rows.get(5))).containsExactly(
                new CellError("うち抗原定量検査実施人数", "", "入力してください。"));
    }

    @Test
    void unknownItemsAndOutlookWordsAreRejected() throws IOException {
        List<SurveyRow> rows = weekly(file(WEEKLY_HEADER
                + "1310000001,2021-01-04,防護服,1週間以内,1,1,0\n"
                + "1310000001,2021-01-04,サージカルマスク,そのうち,1,1,0\n", StandardCharsets.UTF_8));
        assertThat(check(rows.get(0))).containsExactly(new CellError("物資", "防護服", "「防護服」は登録されていない物資です。"));
        assertThat(check(rows.get(1))).extracting(CellError::column, CellError::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("現在の在庫の備蓄見通し", "そのうち"));
    }

    @Test
    void theSameInstitutionAndDateTwiceRejectsTheLaterRowWithTheLineOfTheFirst() throws IOException {
        List<SurveyRow> rows = daily(file(DAILY_HEADER
                + "1310000001,2021-01-04,0,2,3,4,あり,可能\n"
                + "1320000001,2021-01-04,0,2,3,4,あり,可能\n"
                + "1310000001,2021/1/4,0,0,0,0,なし,不可\n", StandardCharsets.UTF_8));
        assertThat(check(rows.get(0))).isEmpty();
        assertThat(check(rows.get(2))).containsExactly(new CellError("医療機関コード", "1310000001",
                "同じ医療機関・回答日の行が2行目にあります。"));
    }

    @Test
    void aRestartSkipsHandledRowsButStillKnowsTheirKeys() throws IOException {
        Path file = file(DAILY_HEADER
                + "1310000001,2021-01-04,0,2,3,4,あり,可能\n"
                + "1320000001,2021-01-04,0,2,3,4,あり,可能\n"
                + "1310000001,2021-01-04,0,0,0,0,なし,不可\n", StandardCharsets.UTF_8);
        try (SurveyCsv csv = SurveyCsv.open(file, StandardCharsets.UTF_8, SurveyKind.DAILY, ITEM_CODES)) {
            csv.skip(2);
            SurveyRow third = csv.next();
            assertThat(third.line()).isEqualTo(4);
            assertThat(third.errors()).extracting(CellError::reason).containsExactly("同じ医療機関・回答日の行が2行目にあります。");
            assertThat(csv.next()).isNull();
            assertThat(csv.recordsRead()).isEqualTo(3);
        }
    }

    @Test
    void anAggregatorLoadsOnlyItsMembersAndItself() throws IOException {
        List<SurveyRow> rows = daily(file(DAILY_HEADER
                + "1320000001,2021-01-04,0,2,3,4,あり,可能\n"
                + "1390000001,2021-01-04,0,0,0,0,なし,不可\n"
                + "1310000001,2021-01-04,0,2,3,4,あり,可能\n", StandardCharsets.UTF_8));
        RowCheck aggregator = new RowCheck(TODAY, ITEM_NAMES, MASTER, "1390000001", "東京都医師会とりまとめ団体");
        assertThat(aggregator.errors(rows.get(0))).isEmpty();
        assertThat(aggregator.errors(rows.get(1))).isEmpty();
        assertThat(aggregator.errors(rows.get(2))).containsExactly(new CellError("医療機関コード", "1310000001",
                "医療機関コード「1310000001」は東京都医師会とりまとめ団体の会員医療機関ではないため、取り込めません。"));
    }

    @Test
    void anUnclosedQuoteFailsTheFile() throws IOException {
        Path file = file(DAILY_HEADER + "1310000001,\"2021-01-04,0,2,3,4,あり,可能\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> daily(file)).isInstanceOf(RejectedFileException.class)
                .hasMessageStartingWith("2行目から始まる行のCSVの形式が正しくありません(引用符が閉じられていない等)。");
    }

    @Test
    void theCheckCountsTheDataRowsTheReaderWillReadQuotedLineBreaksAndEmptyLinesIncluded() throws IOException {
        Path file = file(DAILY_HEADER + "1310000001,2021-01-04,0,2,3,4,あり,可能\n\n"
                + "1320000001,2021-01-04,0,2,3,4,\"あり\n\",可能\r\n"
                + "1390000001,2021-01-04,0,2\n", SurveyFiles.CP932);
        assertThat(SurveyFiles.inspect(file, null).records()).isEqualTo(3).isEqualTo(daily(file).size());
        assertThat(SurveyFiles.inspect(file(DAILY_HEADER, StandardCharsets.UTF_8), null).records()).isZero();
    }

    @Test
    void anUnclosedQuoteFarDownTheFileFailsItBeforeARowIsRead() throws IOException {
        StringBuilder content = new StringBuilder(DAILY_HEADER);
        for (int i = 0; i < 20_000; i++) {
            content.append("1310000001,2021-01-04,0,2,3,4,あり,可能\n");
        }
        content.append("1310000001,2021-01-04,0,2,3,4,\"あり,可能\n1310000001,2021-01-04,0,2,3,4,あり,可能\n");
        for (Charset charset : List.of(StandardCharsets.UTF_8, SurveyFiles.CP932)) {
            Path file = file(content.toString(), charset);
            assertThatThrownBy(() -> SurveyFiles.inspect(file, null)).isInstanceOf(RejectedFileException.class)
                    .hasMessageStartingWith("20,002行目から始まる行のCSVの形式が正しくありません");
        }
    }

    private static List<CellError> check(SurveyRow row) {
        return new RowCheck(TODAY, ITEM_NAMES, MASTER, null, null).errors(row);
    }

    private List<SurveyRow> daily(Path file) {
        return rows(file, SurveyKind.DAILY);
    }

    private List<SurveyRow> weekly(Path file) {
        return rows(file, SurveyKind.WEEKLY);
    }

    private static List<SurveyRow> rows(Path file, SurveyKind kind) {
        Charset charset = SurveyFiles.inspect(file, null).charset();
        List<SurveyRow> rows = new ArrayList<>();
        try (SurveyCsv csv = SurveyCsv.open(file, charset, kind, ITEM_CODES)) {
            for (SurveyRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private Path file(String content, Charset charset) throws IOException {
        Path file = Files.createTempFile(dir, "survey", ".csv");
        Files.writeString(file, content, charset);
        return file;
    }
}
