package jp.sosportal.web.platform;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;

/**
 * A file that a page takes in two steps, as 「CSVで一括登録」 and 祝日データの更新 do: the first reads the chosen file
 * and shows what the boundary says it would do (the check); the second hands the same bytes to the boundary,
 * which checks them again before it acts. The bytes stay in the view between the two. No file, or one above the
 * page's limit (told before its bytes are read), is refused next to the file input ({@code id="file"}) by the page
 * exception handler, as the boundary's own refusals of the file are.
 *
 * @param <R> what the check found; serializable, as it stays in the view wherever the session moves
 */
public class CheckedFile<R extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MEGABYTE = 1024 * 1024;

    /** The boundary's check of the bytes, which may refuse them. */
    @FunctionalInterface
    public interface Check<R, E extends Exception> {
        R of(byte[] content) throws E;
    }

    private final long maxBytes;
    private final ChosenFile file = new ChosenFile();
    private byte[] content;
    private String name;
    private R check;

    private CheckedFile(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A file of at most {@code maxBytes}. */
    public static <R extends Serializable> CheckedFile<R> upTo(long maxBytes) {
        return new CheckedFile<>(maxBytes);
    }

    /** A file of whatever size the server takes. */
    public static <R extends Serializable> CheckedFile<R> ofAnySize() {
        return new CheckedFile<>(Long.MAX_VALUE);
    }

    /** Reads the chosen file and has it checked; what was checked before is gone either way. */
    public <E extends Exception> void check(Messages messages, Check<R, E> boundary) throws IOException, E {
        check = null;
        content = null;
        if (!file.isChosen()) {
            throw InvalidInputException.invalid(List.of(new FieldError(Refusals.FILE, messages.text("file.none"))));
        }
        byte[] read = file.readUpTo(maxBytes, messages.text("file.tooLarge", maxBytes / MEGABYTE));
        name = file.name();
        check = boundary.of(read);
        content = read;
    }

    /**
     * The bytes that were checked, for the second step (their {@link #name()} stays). The check is gone either way:
     * a file the boundary refuses now is checked again before another try.
     */
    public byte[] take() {
        byte[] checked = content;
        content = null;
        check = null;
        return checked;
    }

    /** The name the browser sent with the file checked last. */
    public String name() {
        return name;
    }

    /** What the check found; null before a file was checked and after it was taken. */
    public R getCheck() {
        return check;
    }

    public ChosenFile getFile() {
        return file;
    }
}
