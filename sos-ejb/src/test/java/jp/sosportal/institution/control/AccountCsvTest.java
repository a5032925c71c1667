package jp.sosportal.institution.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Issue 19: the bulk account file's shape (header, columns, encodings); its values are the boundary's. */
class AccountCsvTest {

    static final String HEADER = "医療機関コード,ユーザ名,担当者名,メールアドレス\n";

    @Test
    void readsUtf8WithABomAndCp932AsExcelSavesIt() {
        String csv = HEADER + "1310000001,tanaka,田中 花子,tanaka@example.jp\r\n\r\n1320000001,\"sato\",佐藤 一郎,sato@example.jp\n";
        byte[] withBom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        AccountCsv.Parsed utf8 = AccountCsv.parse(withBom);
        AccountCsv.Parsed cp932 = AccountCsv.parse(csv.getBytes(Charset.forName("windows-31j")));
        for (AccountCsv.Parsed parsed : new AccountCsv.Parsed[] {utf8, cp932}) {
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.lines()).extracting(AccountCsv.Line::number).containsExactly(2L, 3L);
            assertThat(parsed.lines().get(0).input()).isEqualTo(
                    AccountInput.staff("1310000001", "tanaka", "田中 花子", "tanaka@example.jp"));
            assertThat(parsed.lines().get(1).input().contactName()).isEqualTo("佐藤 一郎");
        }
    }

    @Test
    void aWrongHeaderOrNoLinesIsRefusedWhole() {
        assertThat(AccountCsv.parse("code,user,name,mail\n1,a,b,c\n".getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("見出し行が正しくありません。1行目は「医療機関コード,ユーザ名,担当者名,メールアドレス」にしてください。");
        assertThat(AccountCsv.parse(HEADER.getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("ファイルにアカウントの行がありません。");
        assertThat(AccountCsv.parse(new byte[] {(byte) 0x82, (byte) 0xFF, (byte) 0xFF}).problems())
                .containsExactly("ファイルの文字コードを判別できません。UTF-8 または Shift_JIS(CP932)で保存してください。");
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsNamed() {
        AccountCsv.Parsed parsed = AccountCsv.parse((HEADER + "1310000001,tanaka,田中\n1310000001,b,c,d@example.jp\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).containsExactly("2行目: 列の数が4ではありません(この行は3列)。");
        assertThat(parsed.lines()).hasSize(1);
    }
}
