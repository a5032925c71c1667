package jp.sosportal.web.platform;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.omnifaces.util.Faces;
import org.omnifaces.util.FunctionalInterfaces.ThrowingConsumer;

/**
 * A file that a page action answers with, as an attachment named after what it holds and when it was made
 * ({@code sos-audit-20261207-083000.csv}), so that the exports of one table sort by time in a folder.
 */
@ApplicationScoped
public class Downloads {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    Clock clock;

    /** {@code prefix}: what the file holds ({@code sos-audit-}); {@code extension} without the dot. */
    public void send(String prefix, String extension, ThrowingConsumer<OutputStream> content) {
        Faces.sendFile(prefix + FILE_TIME.format(LocalDateTime.now(clock)) + "." + extension, true, content);
    }
}
