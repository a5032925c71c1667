package jp.sosportal.web.platform;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.Part;

/** A file as h:inputFile hands it to a page ({@link ChosenFile#setPart}), without a server. */
public final class TestParts {

    private TestParts() {
    }

    public static Part part(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new Part() {
            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String getSubmittedFileName() {
                return name;
            }

            @Override
            public long getSize() {
                return bytes.length;
            }

            @Override
            public String getContentType() {
                return "text/csv";
            }

            @Override
            public String getName() {
                return "upload:file";
            }

            @Override
            public void write(String fileName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete() {
            }

            @Override
            public String getHeader(String header) {
                return null;
            }

            @Override
            public Collection<String> getHeaders(String header) {
                return List.of();
            }

            @Override
            public Collection<String> getHeaderNames() {
                return List.of();
            }
        };
    }
}
