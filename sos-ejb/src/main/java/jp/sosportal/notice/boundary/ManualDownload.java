package jp.sosportal.notice.boundary;

import jp.sosportal.notice.entity.Manual;
import jp.sosportal.notice.entity.ManualFile;

/** A manual's PDF as it is served: the name it was uploaded under and its bytes. */
public record ManualDownload(String fileName, byte[] content) {

    static ManualDownload of(Manual manual, ManualFile file) {
        return new ManualDownload(manual.getFileName(), file.getContent());
    }
}
