package jp.sosportal.calendar.entity;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import jp.sosportal.platform.Dates;

/**
 * The Cabinet Office's list of national holidays (内閣府「国民の祝日」CSV, {@code syukujitsu.csv}): date and name per
 * line, published in CP932 (UTF-8 is taken too). It covers whole years, from its first to its last; every year in
 * between must have a line, so a truncated file is refused instead of silently turning holidays into business days.
 */
public final class HolidayList implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Charset CP932 = Charset.forName("windows-31j");
    private static final DateTimeFormatter DATE = Dates.SHORT_DAY.withResolverStyle(ResolverStyle.STRICT);

    private final NavigableMap<LocalDate, String> holidays;

    private HolidayList(NavigableMap<LocalDate, String> holidays) {
        this.holidays = Collections.unmodifiableNavigableMap(holidays);
    }

    /** Reads the file as published; every problem found is in the exception, with its line. */
    public static HolidayList parse(byte[] file) throws InvalidHolidayListException {
        List<String> problems = new ArrayList<>();
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(decode(file)))) {
                readLine(record, holidays, problems);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add("CSVとして読み取れません。");
        }
        if (holidays.isEmpty() && problems.isEmpty()) {
            problems.add("祝日が1件もありません。");
        }
        if (!holidays.isEmpty()) {
            missingYears(holidays).forEach(year -> problems.add(year + "年の祝日がありません。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidHolidayListException(problems);
        }
        return new HolidayList(holidays);
    }

    public int firstYear() {
        return holidays.firstKey().getYear();
    }

    /** The list speaks for every day up to 12/31 of this year. */
    public int lastYear() {
        return holidays.lastKey().getYear();
    }

    /** True from {@code days} days before 12/31 of the last year on: time to load the next list. */
    public boolean endsWithin(LocalDate today, int days) {
        return !today.isBefore(LocalDate.of(lastYear(), 12, 31).minusDays(days));
    }

    public boolean covers(int year) {
        return year >= firstYear() && year <= lastYear();
    }

    /** The holiday's name, or null if the day is none (for a year the list covers). */
    public String nameOf(LocalDate date) {
        return holidays.get(date);
    }

    public NavigableMap<LocalDate, String> holidays() {
        return holidays;
    }

    /** The list in the Cabinet Office's own layout, as UTF-8 text. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("国民の祝日・休日月日,国民の祝日・休日名称\n");
        holidays.forEach((day, name) -> csv.append(DATE.format(day)).append(',').append(name).append('\n'));
        return csv.toString();
    }

    private static void readLine(CSVRecord record, NavigableMap<LocalDate, String> holidays, List<String> problems) {
        long line = record.getRecordNumber();
        String date = record.get(0).strip();
        if (line == 1 && date.endsWith("月日")) {
            return; // the header, 国民の祝日・休日月日
        }
        if (record.size() < 2 || record.get(1).isBlank()) {
            problems.add(line + "行目: 祝日の名称がありません。");
            return;
        }
        try {
            LocalDate day = LocalDate.parse(date, DATE);
            if (holidays.putIfAbsent(day, record.get(1).strip()) != null) {
                problems.add(line + "行目: " + date + " が重複しています。");
            }
        } catch (DateTimeParseException e) {
            problems.add(line + "行目: 日付「" + date + "」を読み取れません（例: 2027/1/1）。");
        }
    }

    private static List<Integer> missingYears(NavigableMap<LocalDate, String> holidays) {
        return IntStream.rangeClosed(holidays.firstKey().getYear(), holidays.lastKey().getYear())
                .filter(year -> holidays.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).isEmpty())
                .boxed().toList();
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise CP932 as the Cabinet Office publishes. */
    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(file, CP932);
        }
    }
}
