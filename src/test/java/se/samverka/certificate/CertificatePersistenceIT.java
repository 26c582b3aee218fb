package se.samverka.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.attendance.CheckInRequest;
import se.samverka.attendance.CheckInService;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.mail.MailService;
import se.samverka.mail.OutgoingMail;
import se.samverka.program.ProgramService;
import se.samverka.program.Speaker;
import se.samverka.program.SpeakerService;
import se.samverka.registration.Registration;
import se.samverka.registration.RegisterService;
import se.samverka.testing.Deployments;
import se.samverka.testing.PostgresDatabase;

/**
 * Certificates on the real database (H2, and PostgreSQL in the failsafe "postgresql" execution): the policy
 * with its signature picture, certificates of contribution for speakers, idempotent issuing, and mailing
 * them with the PDF attached, each once, also when two runs (two instances of a cluster) mail at once.
 */
@ExtendWith({PostgresDatabase.class, ArquillianExtension.class})
class CertificatePersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(CertificatePersistenceIT.class, PostgresDatabase.class);
    }

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SpeakerService speakers;

    @Inject
    RegisterService registering;

    @Inject
    CheckInService checkIns;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateMailing mailing;

    @Inject
    MailService mails;

    @Inject
    CertificateMailer mailer;

    @Resource(lookup = Deployments.TRANSACTION_MANAGER) // not UserTransaction: see there
    TransactionManager transaction;

    @Resource
    ManagedExecutorService executor;

    @Test
    void thePolicyKeepsItsRuleAndSignatureAndRefusesNonsense() throws Exception {
        Event event = events.create(anEvent().heldYesterday().build());
        byte[] signature = png();
        certificates.setPolicy(event.getId(), Rule.MIN_PERCENT, 60, "Anna Åkesson", "Folkhälsostrateg");
        certificates.setSignature(event.getId(), signature);
        CertificatePolicy stored = certificates.policy(event.getId());
        assertEquals(Rule.MIN_PERCENT, stored.getRule());
        assertEquals(60, stored.getMinPercent());
        assertEquals("Anna Åkesson", stored.getIssuerName());
        assertArrayEquals(signature, stored.getSignature());
        assertThrows(InvalidCertificateException.class,
                () -> certificates.setPolicy(event.getId(), Rule.MIN_PERCENT, 101, null, null));
        assertThrows(RuntimeException.class, () -> certificates.setSignature(event.getId(), "\u0089PNG\r\n\u001a\nx".getBytes()));
    }

    @Test
    void speakersGetACertificateOfContributionListingTheirSessionsOnce() {
        Event event = events.create(anEvent().heldYesterday().build());
        Speaker marta = speakers.create("Märtha Lundkvist", "Kommunpolis", "Polisen", null);
        Speaker sara = speakers.create("Sara Wallin", "Forskare", "Örebro universitet", null);
        program.create(event.getId(), aTalk("Brottsprevention i skolan").from("09:00").to("10:00").by(marta)
                .details(event.getStartDate()));
        program.create(event.getId(), aTalk("Samtal: polis och skola").from("10:30").to("11:30").by(marta, sara)
                .details(event.getStartDate()));

        assertEquals(2, certificates.issueSpeakers(event.getId()));
        assertEquals(0, certificates.issueSpeakers(event.getId()), "once");
        List<Certificate> issued = certificates.certificates(event.getId());
        Certificate martas = issued.stream().filter(c -> c.getHolderName().equals("Märtha Lundkvist")).findFirst().orElseThrow();
        assertEquals(CertificateKind.CONTRIBUTION, martas.getKind());
        assertEquals(2, martas.sessionLines().size());
        assertTrue(martas.sessionLines().get(1).endsWith(" Samtal: polis och skola"), martas.sessionLines().toString());
        assertEquals(martas.getCode(), certificates.byCode(martas.getCode().replace("-", " ").toLowerCase()).getCode());
    }

    @Test
    void certificatesAreMailedOnceWithThePdfAttached() throws Exception {
        Event event = events.create(anEvent().heldYesterday().withCapacity(10).build());
        program.create(event.getId(), aTalk("Rörelseförståelse").from("09:00").to("11:00").details(event.getStartDate()));
        Registration asa = registering.register(event.getId(), aRegistration().named("Åsa", "Öberg").build(), true);
        registering.register(event.getId(), aRegistration().named("Bo", "Ek").build(), true);
        checkIns.checkIn(event.getId(), new CheckInRequest(asa.getCheckInCode(), null, null, null, event.getStartDate()),
                "personal-test");

        assertEquals(1, certificates.issueAll(event.getId()));
        CertificateMailing.Progress progress = mailing.start(event.getId());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!progress.isFinished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(1, progress.getDone());
        assertEquals(100, progress.getPercent());
        Certificate issued = certificates.certificates(event.getId()).get(0);
        List<OutgoingMail> sent = mails.forReference("certificate:" + issued.getId());
        assertEquals(1, sent.size());
        OutgoingMail mail = mails.get(sent.get(0).getId());
        assertEquals(asa.getParticipant().getEmail(), mail.getRecipient());
        assertTrue(mail.getTextBody().contains(issued.getCode()), mail.getTextBody());
        assertTrue(mail.getAttachments().get(0).getFilename().startsWith("intyg-asa-oberg-"));
        assertTrue(new String(mail.getAttachments().get(0).getContent(), 0, 5).startsWith("%PDF"));

        CertificateMailing.Progress again = mailing.start(event.getId());
        while (!again.isFinished()) {
            Thread.sleep(50);
        }
        assertEquals(0, again.getTotal(), "mailed once");
    }

    @Test
    void twoRunsMailingOneCertificateAtOnceQueueOneMail() throws Exception {
        // as two instances of a cluster would, each with its own run for the event: both found the certificate
        // unmailed; the second asks while the first has queued its mail but not committed
        Event event = events.create(anEvent().heldYesterday().withCapacity(10).build());
        Registration cay = registering.register(event.getId(), aRegistration().named("Cay", "Åberg").build(), true);
        checkIns.checkIn(event.getId(), new CheckInRequest(cay.getCheckInCode(), null, null, null, event.getStartDate()),
                "personal-test");
        assertEquals(1, certificates.issueAll(event.getId()));
        Long id = certificates.certificates(event.getId()).get(0).getId();

        CountDownLatch asking = new CountDownLatch(1);
        Future<Boolean> second;
        transaction.begin();
        try {
            assertTrue(mailer.mail(id), "the first run mails it");
            second = executor.submit(() -> {
                asking.countDown();
                return mailer.mail(id);
            });
            asking.await();
            Thread.sleep(500); // the second run reads the certificate meanwhile
        } finally {
            transaction.commit();
        }
        assertFalse(second.get(30, TimeUnit.SECONDS), "the second run finds it mailed");
        assertEquals(1, mails.forReference("certificate:" + id).size(), "one mail for the certificate");
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
