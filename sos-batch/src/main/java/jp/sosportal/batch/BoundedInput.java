package jp.sosportal.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import jp.sosportal.batch.control.UploadStore;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.TooLargeException;

/** An upload that fails as an I/O error once more than {@code limit} bytes were read. */
final class BoundedInput extends FilterInputStream {

    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private long left;

    /**
     * Stores an upload in {@code directory} unless it is larger than {@code limitMb} (SOS_UPLOAD_MAX_MB): refused by
     * its stated size before a byte is written, or while it is copied (a chunked body states none), leaving nothing
     * behind either way. The survey jobs and the master import share it.
     *
     * @param size the file's size if the sender said it, else -1
     */
    static Path store(Path directory, InputStream content, long size, int limitMb) throws IOException {
        long limit = limitMb * 1024L * 1024L;
        if (size > limit) {
            throw tooLarge(limitMb);
        }
        try {
            return new UploadStore(directory).store(new BoundedInput(content, limit), size);
        } catch (Exceeded e) {
            throw tooLarge(limitMb); // the store removed what it had written
        }
    }

    private static TooLargeException tooLarge(int limitMb) {
        return new TooLargeException(Labels.text("error.uploadTooLarge", String.valueOf(limitMb)));
    }

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.left = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws Exceeded {
        left -= n;
        if (left < 0) {
            throw new Exceeded();
        }
    }
}
