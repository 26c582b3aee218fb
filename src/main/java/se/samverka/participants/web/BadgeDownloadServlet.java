package se.samverka.participants.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import se.samverka.documents.BadgeSheet;
import se.samverka.participants.BadgeJob;
import se.samverka.participants.BadgeJobService;
import se.samverka.platform.PersonalDataExported;

/**
 * Hands over a finished badge sheet ({@code ?job=}) to the session that made it, then deletes the
 * file. Under {@code /admin/}, so only logged-in organisers and staff reach it; another session's
 * job, or one already fetched, is a 404.
 */
@WebServlet(BadgeDownloadServlet.PATH)
public class BadgeDownloadServlet extends HttpServlet {

    static final String PATH = "/admin/participants/badges-download";

    private static final long serialVersionUID = 1L;

    @Inject
    transient BadgeJobService jobs;

    @Inject
    transient jakarta.enterprise.event.Event<PersonalDataExported> exported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Optional<BadgeJob> found = session == null ? Optional.empty()
                : jobs.finished(session.getId(), request.getParameter("job"));
        if (found.isEmpty() || !Files.isRegularFile(found.get().file())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BadgeJob job = found.get();
        response.setContentType(BadgeSheet.MEDIA_TYPE);
        response.setContentLengthLong(Files.size(job.file()));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + job.getFileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        Files.copy(job.file(), response.getOutputStream());
        response.flushBuffer();
        jobs.discard(job);
        exported.fire(new PersonalDataExported(request.getRemoteUser(), null, "badges.pdf", "download"));
    }
}
