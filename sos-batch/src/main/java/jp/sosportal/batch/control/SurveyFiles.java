package jp.sosportal.batch.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.sosportal.platform.Labels;

/**
 * Checks a whole file before one row is loaded, streaming (memory does not grow with the file): not empty, not
 * binary (NUL bytes), no line longer than {@link #MAX_LINE_BYTES}, readable in its encoding and as CSV records. The
 * encoding is the declared one, or detected: a UTF-8 BOM, else UTF-8 when every byte decodes as UTF-8, else CP932
 * (the Shift_JIS that Japanese office software writes).
 */
public final class SurveyFiles {

    /** A file that passed the check: the charset to read it with and its data rows (records after the header). */
    public record Checked(Charset charset, long records) {
    }

    /** A survey row is a few hundred bytes; a line beyond this is not a survey row (and would exhaust memory). */
    public static final int MAX_LINE_BYTES = 64 * 1024;
    public static final Charset CP932 = Charset.forName("windows-31j");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SurveyFiles() {
    }

    /**
     * The charset to read the file with and its number of data rows, which the job's progress is measured against;
     * {@code declared} may be null or blank (then detect).
     */
    public static Checked inspect(Path file, String declared) {
        checkBytes(file);
        boolean isDeclared = declared != null && !declared.isBlank();
        List<Charset> candidates = isDeclared ? List.of(charset(declared))
                : hasBom(file) ? List.of(StandardCharsets.UTF_8) : List.of(StandardCharsets.UTF_8, CP932);
        for (Charset candidate : candidates) {
            long records = recordsAsCsv(file, candidate);
            if (records >= 0) {
                return new Checked(candidate, Math.max(0, records - 1)); // the header is not a row
            }
        }
        throw new RejectedFileException(isDeclared
                ? Labels.text("batch.file.wrongEncoding", candidates.get(0).displayName())
                : Labels.text("batch.file.unknownEncoding"));
    }

    /** A reader of the file's characters without the BOM. */
    public static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (StandardCharsets.UTF_8.equals(charset)) {
            in.mark(3);
            byte[] start = in.readNBytes(3);
            if (!java.util.Arrays.equals(start, BOM)) {
                in.reset();
            }
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    public static Charset charset(String name) {
        String normalized = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (normalized.equals("sjis") || normalized.equals("shift_jis") || normalized.equals("cp932")
                || normalized.equals("ms932") || normalized.equals("windows-31j")) {
            return CP932; // what is called Shift_JIS in Japanese offices is Microsoft's CP932
        }
        try {
            return Charset.forName(normalized);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RejectedFileException(Labels.text("batch.file.unsupportedEncoding", name));
        }
    }

    private static void checkBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            long line = 1;
            int lineLength = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == 0) {
                        throw new RejectedFileException(Labels.text("batch.file.binary"));
                    }
                    if (b == '\n') {
                        line++;
                        lineLength = 0;
                    } else if (++lineLength > MAX_LINE_BYTES) {
                        throw new RejectedFileException(Labels.text("batch.file.lineTooLong", line, MAX_LINE_BYTES));
                    }
                }
                total += n;
            }
            if (total == 0 || (total == BOM.length && hasBom(file))) {
                throw new RejectedFileException(Labels.text("batch.file.empty"));
            }
        } catch (IOException e) {
            throw new RejectedFileException(Labels.text("batch.file.unreadable", e.getMessage()));
        }
    }

    private static boolean hasBom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(3), BOM);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads every record with the CSV parser and counts them: -1 when a byte is not of {@code charset}. A record the
     * parser cannot finish (a quote never closed) fails the file here, before a row is loaded, not halfway through
     * the job.
     */
    private static long recordsAsCsv(Path file, Charset charset) {
        long recordLine = 1;
        long count = 0;
        try (Reader reader = open(file, charset);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CsvRecords.FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                recordLine = parser.getCurrentLineNumber() + 1; // hasNext() reads the record that starts here
                if (!records.hasNext()) {
                    return count;
                }
                records.next(); // reading is the check: the decoder finds a malformed byte, the parser a broken record
                count++;
            }
        } catch (CharacterCodingException e) {
            return -1;
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return -1;
            }
            throw new RejectedFileException(Labels.text("batch.file.broken", recordLine, e.getMessage()));
        } catch (IOException e) {
            throw new RejectedFileException(Labels.text("batch.file.unreadable", e.getMessage()));
        }
    }
}
