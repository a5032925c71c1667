package jp.sosportal.web.notice;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sosportal.notice.boundary.ManualDownload;
import jp.sosportal.notice.boundary.NoticeAdministration;
import jp.sosportal.notice.boundary.Notices;

/**
 * Serves an uploaded 医療機関用マニュアル as the PDF it was checked to be: {@code /manuals/{id}} for everyone while it
 * is published, {@code /admin/manuals/{id}} for the system admin whatever its publication (web.xml guards /admin/).
 * Shown in the browser ({@code inline}) under its uploaded name; anything else is a 404.
 */
@WebServlet(urlPatterns = {"/manuals/*", "/admin/manuals/*"})
public class ManualServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Notices notices;

    @Inject
    NoticeAdministration administration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = idOf(request.getPathInfo());
        boolean admin = request.getServletPath().startsWith("/admin/");
        Optional<ManualDownload> manual = id.flatMap(found -> admin ? administration.manualFile(found)
                : notices.publishedManualFile(found));
        if (manual.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = manual.get().content();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", disposition(manual.get().fileName()));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The path's one segment as a manual id ("/12"), or empty. */
    static Optional<Long> idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }

    /** inline, an ASCII name for old clients and the real (Japanese) one per RFC 6266 / RFC 5987. */
    static String disposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "manual.pdf" : fileName;
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
