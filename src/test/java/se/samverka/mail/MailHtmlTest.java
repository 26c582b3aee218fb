package se.samverka.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The HTML alternative says what the text says, with working links and nothing unescaped. */
class MailHtmlTest {

    @Test
    void paragraphsLinesAndLinks() {
        String html = MailHtml.of("Hej Åsa!\n\nSe din anmälan: https://samverka.example/r/Ab_c-9.\n"
                + "Frågor? Kontakta arrangören: Anna <anna@degerfors.example>, tfn 0586-480 00");
        assertTrue(html.contains("<p>Hej Åsa!</p>"), html);
        assertTrue(html.contains("<p>Se din anmälan: <a href=\"https://samverka.example/r/Ab_c-9\">"
                + "https://samverka.example/r/Ab_c-9</a>.<br>\nFrågor? Kontakta arrangören: Anna &lt;"
                + "<a href=\"mailto:anna@degerfors.example\">anna@degerfors.example</a>&gt;, tfn 0586-480 00</p>"), html);
    }

    @Test
    void markupInTheTextIsShownNotRun() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;",
                MailHtml.escape("<script>alert(\"x\")</script> & '"));
        assertTrue(MailHtml.of("<b>Rubrik</b>").contains("<p>&lt;b&gt;Rubrik&lt;/b&gt;</p>"));
    }
}
