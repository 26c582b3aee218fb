package se.samverka.participants.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import se.samverka.documents.BadgeSheet;
import se.samverka.participants.BadgeJob;
import se.samverka.participants.BadgeJobService;
import se.samverka.platform.PersonalDataExported;

/**
 * Hands over a finished badge sheet ({@code ?job=}) to the account that made it, through whichever instance the
 * request reaches, then deletes it. Under {@code /admin/}, so only logged-in organisers and staff reach it; another
 * account's job, or one already fetched, is a 404.
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
        String owner = request.getRemoteUser();
        Optional<BadgeJob> found = owner == null ? Optional.empty()
                : jobs.finished(owner, request.getParameter("job"));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BadgeJob job = found.get();
        response.setContentType(BadgeSheet.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + job.getFileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        if (!jobs.copy(job, response.getOutputStream())) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        response.flushBuffer();
        jobs.discard(job);
        exported.fire(new PersonalDataExported(owner, null, "badges.pdf", "download"));
    }
}
