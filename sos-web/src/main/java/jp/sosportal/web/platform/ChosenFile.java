package jp.sosportal.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.servlet.http.Part;

/**
 * The file of a plain {@code h:inputFile} ({@code value="#{page.file.part}"}), as the pages that take a whole file
 * into memory check it: chosen or not, above their size limit or not (told before its bytes are read), then read.
 */
public class ChosenFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Part part;

    /** A file was chosen; an empty one counts as none. */
    public boolean isChosen() {
        return part != null && part.getSize() > 0;
    }

    public boolean isLargerThan(long maxBytes) {
        return isChosen() && part.getSize() > maxBytes;
    }

    public byte[] read() throws IOException {
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
