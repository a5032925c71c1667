package jp.sosportal.institution.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.sosportal.platform.Labels;

/**
 * Reads the bulk account file (issue 19): a header line 「医療機関コード,ユーザ名,担当者名,メールアドレス」, then one
 * staff account a line, in UTF-8 (with or without BOM) or CP932 as Excel saves it in Japan. Only the file's shape
 * is judged here; the lines' values are the boundary's (they need the database).
 */
public final class AccountCsv {

    public static final int MAX_LINES = 20_000;
    public static final List<String> HEADER = List.of("医療機関コード", "ユーザ名", "担当者名", "メールアドレス");
    private static final Charset CP932 = Charset.forName("windows-31j");

    private AccountCsv() {
    }

    /** A data line: its line number in the file (the header is line 1) and the account it asks for. */
    public record Line(long number, AccountInput input) {
    }

    /** The lines, or the Japanese reasons the file cannot be read at all. */
    public record Parsed(List<Line> lines, List<String> problems) {
    }

    public static Parsed parse(byte[] content) {
        Optional<String> text = decode(content);
        if (text.isEmpty()) {
            return problem(Labels.text("account.csv.encoding"));
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text.get()))) {
            List<Line> lines = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    if (!isHeader(record)) {
                        return problem(Labels.text("account.csv.header"));
                    }
                    header = false;
                } else if (record.size() != HEADER.size()) {
                    problems.add(Labels.text("account.csv.file", record.getRecordNumber(),
                            Labels.text("account.csv.columns", record.size())));
                } else {
                    lines.add(new Line(record.getRecordNumber(), AccountInput.staff(record.get(0), record.get(1),
                            record.get(2), record.get(3))));
                }
                if (lines.size() + problems.size() > MAX_LINES) {
                    return problem(Labels.text("account.csv.tooMany", MAX_LINES));
                }
            }
            if (lines.isEmpty() && problems.isEmpty()) {
                return problem(Labels.text("account.csv.empty"));
            }
            return new Parsed(lines, problems);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return problem(Labels.text("account.csv.broken", e.getMessage()));
        }
    }

    private static boolean isHeader(CSVRecord record) {
        return record.size() == HEADER.size()
                && HEADER.equals(record.stream().map(String::strip).toList());
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else CP932 when they are valid CP932. */
    static Optional<String> decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        for (Charset charset : List.of(StandardCharsets.UTF_8, CP932)) {
            try {
                return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content, start, content.length - start)).toString());
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    private static Parsed problem(String text) {
        return new Parsed(List.of(), List.of(text));
    }
}
