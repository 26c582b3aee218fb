package se.samverka.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.primefaces.csp.CspException;
import se.samverka.platform.Messages;

/**
 * A form post that did not come from the page as Samverka sent it (no CSP nonce, which PrimeFaces'
 * script adds to every form, or a wrong one: a hand-made post, a browser without JavaScript, a page
 * kept open from an older visit) gets a plain 400 page that says so, in both languages, rather than
 * PrimeFaces' exception and a failing error page (its error page would need the same nonce).
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class FormPostCheck extends HttpFilter {

    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded") && request.getParameter(NONCE) == null) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (isCspRefusal(e) && !response.isCommitted()) {
                response.reset();
                refuse(request, response);
                return;
            }
            throw e;
        }
    }

    private static boolean isCspRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter page = response.getWriter();
        page.write("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"><title>"
                + text(Messages.SWEDISH, "error.page.form.title") + "</title></head><body>");
        for (Locale locale : new Locale[] {Messages.SWEDISH, Messages.ENGLISH}) {
            page.write("<section lang=\"" + locale.getLanguage() + "\"><h1>" + text(locale, "error.page.form.title")
                    + "</h1><p>" + text(locale, "error.page.form.text") + "</p><p><a href=\""
                    + escaped(request.getContextPath()) + "/\">" + text(locale, "error.page.home") + "</a></p></section>");
        }
        page.write("</body></html>");
    }

    private static String text(Locale locale, String key) {
        return escaped(Messages.text(locale, key));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
