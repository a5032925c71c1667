package jp.sosportal.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload that fails as an I/O error once more than {@code limit} bytes were read. */
final class BoundedInput extends FilterInputStream {

    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private long left;

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
