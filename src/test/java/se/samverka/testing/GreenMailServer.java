package se.samverka.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One GreenMail for the whole test JVM, stopped when the JVM ends. Kept apart so the deployment never loads it. */
final class GreenMailServer {

    private static GreenMail server;

    private GreenMailServer() {
    }

    static synchronized void startOnce(int smtpPort, int imapPort) {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
}
