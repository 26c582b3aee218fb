package se.samverka.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML alternative of a plain-text mail, with the same words: paragraphs (blank lines) become
 * {@code <p>}, line breaks {@code <br>}, web addresses and e-mail addresses links; everything else is escaped.
 * Mail programs that prefer HTML then show working links instead of guessing them.
 */
public final class MailHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]"
            + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private MailHtml() {
    }

    /** The whole HTML document for the text. */
    public static String of(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"></head><body>\n");
        for (String paragraph : paragraphs(text)) {
            html.append("<p>").append(String.join("<br>\n", paragraph.lines().map(MailHtml::line).toList()))
                    .append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    private static String line(String line) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(line);
        int at = 0;
        while (link.find()) {
            out.append(escape(line.substring(at, link.start())));
            String target = link.group();
            String href = target.startsWith("http") ? target : "mailto:" + target;
            out.append("<a href=\"").append(escape(href)).append("\">").append(escape(target)).append("</a>");
            at = link.end();
        }
        return out.append(escape(line.substring(at))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
