package jp.sosportal.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.servlet.http.Part;

import jp.sosportal.platform.TooLargeException;

/**
 * The file of a plain {@code h:inputFile} ({@code value="#{page.file.part}"}), as the pages that take a whole file
 * into memory check it: chosen or not, then read unless it is above their size limit (refused before its bytes are
 * read, next to the file input by the page exception handler).
 */
public class ChosenFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Part part;

    /** A file was chosen; an empty one counts as none. */
    public boolean isChosen() {
        return part != null && part.getSize() > 0;
    }

    /** The chosen file's bytes; {@code tooLarge}: the page's words for a file above {@code maxBytes}. */
    public byte[] readUpTo(long maxBytes, String tooLarge) throws IOException {
        if (part.getSize() > maxBytes) {
            throw new TooLargeException(tooLarge);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The name the browser sent with the file. */
    public String name() {
        return part.getSubmittedFileName();
    }

    public Part getPart() {
        return part;
    }

    public void setPart(Part part) {
        this.part = part;
    }
}
