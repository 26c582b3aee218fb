package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.certificate.CertificateService;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegisterService;
import se.samverka.survey.AnswerKind;
import se.samverka.survey.Survey;
import se.samverka.survey.SurveyQuestion;
import se.samverka.survey.SurveyResponse;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.PostgresDatabase;

/**
 * Retention on the real database (H2, and PostgreSQL in the failsafe "postgresql" execution): an event of 2001
 * with everything retention knows (needs, answers and corrections, check-ins with scan receipts, certificates,
 * mails, a survey with free text, a meeting series with its own period) goes kind by kind exactly on the day after
 * each period, never a day early, while counts by sector, attendance and certificate verification stay; the
 * preview names exactly what each run removes; a second run removes nothing and logs nothing. Dated in 2001, so
 * that no other test's data (made now) is ever due in these runs.
 */
@ExtendWith({PostgresDatabase.class, ArquillianExtension.class})
class RetentionPersistenceIT {

    private static final LocalDate FIRST = LocalDate.of(2001, 3, 10);
    private static final LocalDate END = LocalDate.of(2001, 3, 11);

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(RetentionPersistenceIT.class, PostgresDatabase.class, Given.class,
                Api.class);
    }

    @Inject
    EventService events;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegisterService registering;

    @Inject
    RetentionService retention;

    @Inject
    RetentionOverrides overrides;

    @Inject
    CertificateService certificates;

    @Inject
    RetentionData data;

    @Test
    void eachKindGoesTheDayAfterItsPeriodAndTheStatisticsStay() {
        Event event = events.create(anEvent().withCapacity(10).build());
        long eventId = event.getId();
        Registration anna = registering.registerWithoutMail(eventId, aRegistration().named("Anna", "Berg")
                .fromSector(Sectors.SCHOOL).eating("Vegetarisk").needing("Hörslinga").build());
        Registration bo = registering.registerWithoutMail(eventId, aRegistration().named("Bo", "Ek")
                .fromSector(Sectors.SCHOOL).eating("Glutenfri").build());
        Registration cia = registering.registerWithoutMail(eventId, aRegistration().named("Cia", "Dahl")
                .fromSector(Sectors.POLICE).build());
        data.heldOn(eventId, FIRST, END);
        data.answer(eventId, List.of(anna.getId(), bo.getId()));
        data.edits(anna.getId());
        data.checkIns(eventId, List.of(anna.getId(), bo.getId(), cia.getId()));
        String annasCode = data.certificate(eventId, anna.getId(), "Anna Berg");
        String speakersCode = data.certificate(eventId, null, "Talare Tal");
        data.sendMails();
        data.survey(eventId, List.of(anna.getId(), bo.getId()));
        long seriesId = data.series(60, bo.getId());
        // the event's own period for survey text: 199 days instead of the installation's 365
        overrides.set(eventId, Map.of(DataKind.SURVEY_TEXT, 199));

        Map<String, Long> bySector = data.bySector(eventId);
        assertEquals(Map.of(Sectors.SCHOOL, 2L, Sectors.POLICE, 1L), bySector);
        assertEquals(List.of(3L, 1L), data.attendance(eventId), "three check-ins, one undone");
        assertEquals(List.of(2L, 2L), data.needs(eventId), "two diets, and the two corrections of needs hold values");

        // the schedule the organiser sees for the event
        Map<DataKind, RetentionService.EventKind> schedule = retention.forEvent(eventId).stream()
                .collect(Collectors.toMap(RetentionService.EventKind::kind, kind -> kind));
        assertEquals(Set.of(DataKind.NEEDS, DataKind.REGISTRATIONS, DataKind.CHECK_INS, DataKind.SURVEY_TEXT,
                DataKind.CERTIFICATES), schedule.keySet());
        assertEquals(END.plusDays(31), schedule.get(DataKind.NEEDS).dueOn());
        assertEquals(4, schedule.get(DataKind.NEEDS).held(), "Anna's two needs count as one registration: 2 + 2 edits");
        assertEquals(END.plusDays(200), schedule.get(DataKind.SURVEY_TEXT).dueOn());
        assertEquals(199, schedule.get(DataKind.SURVEY_TEXT).overrideDays());
        assertEquals(END.plusYears(10).plusDays(1), schedule.get(DataKind.CERTIFICATES).dueOn());
        assertEquals(2, schedule.get(DataKind.CERTIFICATES).held());

        // day 30: nothing yet; day 31: the needs, and only they
        assertRun(eventId, seriesId, 30, Map.of());
        assertRun(eventId, seriesId, 31, Map.of("needs/event", 4));
        assertEquals(List.of(0L, 0L), data.needs(eventId));
        assertEquals(List.of("phone:070-1:070-2"), data.otherEdits(anna.getId()), "other corrections stay");
        assertEquals(bySector, data.bySector(eventId));

        // the meeting series keeps its data 60 days after each meeting: the March meeting goes, April's stays
        assertRun(eventId, seriesId, 60, Map.of());
        assertRun(eventId, seriesId, 61, Map.of("meeting-data/series", 4));
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 1L), data.meetingData(seriesId, END),
                "replies, minutes, amendments and done actions of March gone; its open action, presence and decision stay");
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), data.meetingData(seriesId, END.plusDays(40)), "April untouched");

        // day 91: mail bodies (sent, or given up; never one still to be tried) and the check-in details
        assertRun(eventId, seriesId, 90, Map.of());
        assertRun(eventId, seriesId, 91, Map.of("mail-bodies/none", 2, "check-ins/event", 3 + 3));
        assertEquals(List.of("SENT::0", "FAILED::0", "FAILED:pending@example.org:1", "QUEUED:queued@example.org:1"),
                data.mailStates(), "attachments go with the bodies; mails still to be sent keep everything");
        assertEquals(0, data.receipts(eventId));
        assertEquals(List.of(3L, 1L), data.attendance(eventId), "attendance stays, undone stays undone");
        assertEquals(Set.of(""), data.scanners(eventId));

        // day 101: April's meeting, 40 days later, has had its 60 days too
        assertRun(eventId, seriesId, 100, Map.of());
        assertRun(eventId, seriesId, 101, Map.of("meeting-data/series", 4));
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 1L), data.meetingData(seriesId, END.plusDays(40)));

        // day 200: the survey's free text by the event's own period; ratings stay
        assertRun(eventId, seriesId, 199, Map.of());
        assertRun(eventId, seriesId, 200, Map.of("survey-text/event", 2));
        assertEquals(List.of(2L, 0L), data.surveyAnswers(eventId));

        // day 366: the people; sectors, seats and attendance stay; the certificate keeps what verification shows
        assertRun(eventId, seriesId, 365, Map.of());
        assertEquals("Anna Berg", certificates.byCode(annasCode).getHolderName());
        assertRun(eventId, seriesId, 366, Map.of("registrations/event", 3 + 1));
        Registration gone = registrations.get(eventId, anna.getId());
        assertTrue(gone.isAnonymised());
        assertEquals("", gone.getParticipant().getLastName());
        assertNotEquals(anna.getParticipant().getEmail(), gone.getParticipant().getEmail());
        assertEquals(anna.getStatus(), gone.getStatus());
        assertEquals(bySector, data.bySector(eventId), "counts by sector stay");
        assertEquals(List.of(3L, 1L), data.attendance(eventId), "attendance stays");
        assertEquals(0, data.answers(eventId), "answers to the event's questions go");
        assertEquals(List.of(), data.otherEdits(anna.getId()), "the history of corrections goes");
        assertEquals("Anna Berg", certificates.byCode(annasCode).getHolderName(), "verification still knows her");
        assertEquals(List.of(), certificates.byCode(annasCode).sessionLines(), "but no longer her sessions");
        assertEquals(2, certificates.byCode(speakersCode).sessionLines().size(), "a speaker's is not a registration");

        // ten years: the certificates go; verification then knows nothing
        assertRun(eventId, seriesId, (int) END.until(END.plusYears(10), java.time.temporal.ChronoUnit.DAYS),
                Map.of());
        assertRun(eventId, seriesId, (int) END.until(END.plusYears(10).plusDays(1),
                java.time.temporal.ChronoUnit.DAYS), Map.of("certificates/event", 2));
        assertThrows(NotFoundException.class, () -> certificates.byCode(annasCode));
        assertEquals(bySector, data.bySector(eventId));
    }

    @Test
    void anEventRunsEarlyOnlyAfterItsLastDayAndNeverLosesItsCertificatesEarly() {
        Event event = events.create(anEvent().build());
        long eventId = event.getId();
        Registration dan = registering.registerWithoutMail(eventId, aRegistration().named("Dan", "Fors")
                .eating("Laktosfri").build());
        data.heldOn(eventId, LocalDate.of(2002, 5, 6), LocalDate.of(2002, 5, 7));
        String code = data.certificate(eventId, dan.getId(), "Dan Fors");
        int logged = retention.log().size();

        assertThrows(RetentionTooEarlyException.class,
                () -> retention.runEarly(eventId, LocalDateTime.of(2002, 5, 7, 23, 59), "organiser"));
        assertEquals(logged, retention.log().size());

        List<RetentionService.Removed> removed = retention.runEarly(eventId, LocalDateTime.of(2002, 5, 8, 9, 0),
                "organiser");
        assertEquals(Map.of(DataKind.NEEDS, 1, DataKind.REGISTRATIONS, 2), removed.stream()
                .collect(Collectors.toMap(RetentionService.Removed::kind, RetentionService.Removed::count)));
        assertTrue(registrations.get(eventId, dan.getId()).isAnonymised());
        assertEquals("Dan Fors", certificates.byCode(code).getHolderName(), "verification stays until its date");
        RetentionLogEntry newest = retention.log().stream().filter(line -> line.getEventId() != null
                && line.getEventId() == eventId).findFirst().orElseThrow();
        assertEquals(RetentionCause.MANUAL, newest.getCause());
        assertEquals("organiser", newest.getRanBy());
        assertEquals("registrations", newest.getKind(), "newest first");
        assertEquals(logged + 2, retention.log().size());
        assertEquals(List.of(), retention.runEarly(eventId, LocalDateTime.of(2002, 5, 8, 9, 1), "organiser"),
                "a second run finds nothing");
        assertEquals(logged + 2, retention.log().size(), "and logs nothing");
        assertThrows(InvalidRetentionPeriodException.class, () -> overrides.set(eventId, Map.of(DataKind.NEEDS, -1)));
        assertThrows(InvalidRetentionPeriodException.class,
                () -> overrides.set(eventId, Map.of(DataKind.MAIL_BODIES, 5)));
        assertThrows(NotFoundException.class, () -> overrides.set(-1L, Map.of(DataKind.NEEDS, 5)));
    }

    @Test
    @RunAsClient
    void theApiIsForOrganisersOnly(@ArquillianResource URL deploymentUrl) {
        Given given = Given.at(Deployments.base(deploymentUrl));
        Api anyone = Api.anonymous(Deployments.base(deploymentUrl));
        for (String path : List.of("/api/privacy/retention", "/api/privacy/log")) {
            Api.Reply refused = anyone.get(path);
            assertEquals(401, refused.status(), refused.toString());
            assertEquals(403, given.staff().get(path).status(), path);
        }
        assertEquals(401, anyone.post("/api/privacy/retention/run", "").status());
        assertEquals(403, given.staff().post("/api/privacy/retention/run", "").status());

        JsonArray kinds = given.organiser().get("/api/privacy/retention").jsonArray();
        assertEquals(List.of("needs", "registrations", "mail-bodies", "check-ins", "survey-text", "meeting-data",
                "certificates"), kinds.stream().map(kind -> kind.asJsonObject().getString("kind")).toList());
        JsonObject needs = kinds.getJsonObject(0);
        assertEquals(Set.of("kind", "periodDays", "due"), needs.keySet());
        assertEquals(30, needs.getInt("periodDays"));
        assertTrue(kinds.getJsonObject(5).isNull("periodDays"), "network-meeting data is kept unless configured");
        assertEquals(3650, kinds.getJsonObject(6).getInt("periodDays"));

        // an event still ahead cannot be run early: 409 problem JSON with the reason
        Given.CreatedEvent ahead = given.event(anEvent());
        Api.Reply early = given.organiser().post("/api/privacy/retention/run?eventId=" + ahead.id(), "");
        assertEquals(409, early.status(), early.toString());
        assertTrue(early.isProblem(), early.toString());
        // one that ended yesterday can: its needs and its people go now, logged as run by the organiser
        Given.CreatedEvent held = given.event(anEvent().heldYesterday());
        given.registration(held, aRegistration().eating("Vegansk"));
        Api.Reply run = given.organiser().post("/api/privacy/retention/run?eventId=" + held.id(), "");
        assertEquals(200, run.status(), run.toString());
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonObject removed : run.json().getJsonArray("removed").getValuesAs(JsonObject.class)) {
            assertEquals(Set.of("kind", "eventId", "count"), removed.keySet(), removed.toString());
            assertEquals(held.id(), removed.getJsonNumber("eventId").longValue());
            counts.put(removed.getString("kind"), removed.getInt("count"));
        }
        assertEquals(Map.of("needs", 1, "registrations", 1), counts);
        JsonArray log = given.organiser().get("/api/privacy/log").jsonArray();
        JsonObject newest = log.getJsonObject(0);
        assertEquals(Set.of("kind", "eventId", "seriesId", "removed", "ranAt", "ranBy", "cause"), newest.keySet());
        assertEquals("registrations", newest.getString("kind"), "newest first: registrations ran after needs");
        assertEquals(held.id(), newest.getJsonNumber("eventId").longValue());
        assertEquals("MANUAL", newest.getString("cause"));
        assertEquals(Deployments.ADMIN, newest.getString("ranBy"));
        assertTrue(newest.isNull("seriesId"));

        // the pages: organisers only, in both languages
        Api.Reply overview = given.organiser().get("/admin/privacy/");
        assertEquals(200, overview.status());
        assertTrue(overview.body().contains("id=\"rules\"") && overview.body().contains("Gallringslogg"),
                overview.body());
        assertTrue(given.organiser().get("/admin/privacy/?lang=en").body().contains("Removal log"));
        Api.Reply schedule = given.organiser().get("/admin/privacy/event.xhtml?id=" + held.id());
        assertEquals(200, schedule.status());
        assertTrue(schedule.body().contains("id=\"kind-needs\""), schedule.body());
        assertEquals(403, given.staff().get("/admin/privacy/").status());

        // a meeting series keeps its data as long as the organiser sets
        Api.Reply series = given.organiser().post("/api/series", "{\"name\":\"Gallringsnätverket\"}");
        assertEquals(201, series.status(), series.toString());
        String path = "/api/series/" + series.json().getJsonNumber("id").longValue() + "/retention";
        assertTrue(series.json().isNull("retentionDays"));
        assertEquals(730, given.organiser().put(path, "{\"retentionDays\":730}").json().getInt("retentionDays"));
        Api.Reply bad = given.organiser().put(path, "{\"retentionDays\":-1}");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("retentionDays", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(given.organiser().put(path, "{\"retentionDays\":null}").json().isNull("retentionDays"));
    }

    /**
     * Runs retention at {@code days} after the event's end: the preview first, which must name exactly what the
     * run then removes ({@code expected}: "kind/event", "kind/series" or "kind/none" to count), then a second run
     * that must remove and log nothing.
     */
    private void assertRun(long eventId, long seriesId, int days, Map<String, Integer> expected) {
        LocalDate today = END.plusDays(days);
        Map<String, Integer> previewed = new TreeMap<>();
        for (RetentionService.KindPreview kind : retention.preview(today)) {
            for (RetentionService.Due due : kind.due()) {
                String owner = owner(due.target().eventId(), due.target().seriesId(), eventId, seriesId);
                if (owner != null) {
                    previewed.merge(kind.kind().key() + "/" + owner, due.count(), Integer::sum);
                }
            }
        }
        int logged = retention.log().size();
        Map<String, Integer> removed = new TreeMap<>();
        for (RetentionService.Removed part : retention.runDue(today.atTime(3, 15), null)) {
            String owner = owner(part.eventId(), part.seriesId(), eventId, seriesId);
            assertNotNull(owner, "removed data of another test on " + today + ": " + part);
            removed.merge(part.kind().key() + "/" + owner, part.count(), Integer::sum);
        }
        assertEquals(new TreeMap<>(expected), removed, "removed on day " + days);
        assertEquals(removed, previewed, "the preview on day " + days + " said what would go");
        assertEquals(logged + removed.size(), retention.log().size(), "one log line per kind and event or series");
        List<RetentionLogEntry> lines = retention.log().stream()
                .filter(line -> line.getRanAt().equals(today.atTime(3, 15))).toList();
        assertEquals(removed.size(), lines.size());
        for (RetentionLogEntry line : lines) {
            assertEquals(RetentionCause.RULE, line.getCause());
            assertNull(line.getRanBy(), "the rule ran it");
            assertEquals(removed.get(line.getKind() + "/" + owner(line.getEventId(), line.getSeriesId(), eventId,
                    seriesId)), line.getRemoved());
        }
        assertEquals(List.of(), retention.runDue(today.atTime(3, 16), null), "a second run on day " + days);
        assertEquals(logged + removed.size(), retention.log().size(), "the second run logs nothing");
    }

    private static String owner(Long eventId, Long seriesId, long ours, long ourSeries) {
        if (eventId == null && seriesId == null) {
            return "none";
        }
        return eventId != null && eventId == ours ? "event" : seriesId != null && seriesId == ourSeries ? "series" : null;
    }

    /** Makes the data as the features would, with SQL where their services insist on the present day. */
    @ApplicationScoped
    @Transactional
    public static class RetentionData {

        private static final AtomicLong IDS = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);
        private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

        @PersistenceContext
        EntityManager em;

        private int sql(String statement, Object... parameters) {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }

        private long number(String statement, Object... parameters) {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        }

        @SuppressWarnings("unchecked")
        private List<Object[]> rows(String statement, Object... parameters) {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }

        /** Moves the event into the past. */
        public void heldOn(long eventId, LocalDate first, LocalDate last) {
            sql("update event set start_date = ?, end_date = ? where id = ?", first, last, eventId);
        }

        /** A question of the event answered by each of the people. */
        public void answer(long eventId, List<Long> people) {
            long question = IDS.incrementAndGet();
            sql("insert into question (id, version, event_id, text_sv, kind, required, position)"
                    + " values (?, 0, ?, 'Förväntningar?', 'TEXT', false, 1)", question, eventId);
            for (Long person : people) {
                sql("insert into registration_answer (registration_id, question_id, answer) values (?, ?, ?)",
                        person, question, "Lära mig mer " + person);
            }
        }

        /** Corrections of needs (two) and of a phone number (one). */
        public void edits(long registrationId) {
            LocalDateTime at = END.minusDays(5).atTime(12, 0);
            for (String[] edit : List.of(new String[] {"dietary", "Vegan", "Vegetarisk"},
                    new String[] {"accessibility", null, "Hörslinga"}, new String[] {"phone", "070-1", "070-2"})) {
                sql("insert into registration_edit (id, version, registration_id, field, old_value, new_value,"
                        + " edited_by, edited_at) values (?, 0, ?, ?, ?, ?, 'admin', ?)", IDS.incrementAndGet(),
                        registrationId, edit[0], edit[1], edit[2], at);
            }
        }

        /**
         * One check-in each on the first day with a scan receipt; the second undone, the third a resolved doubt.
         * (No null is ever bound: PostgreSQL refuses a null typed as text for a timestamp column.)
         */
        public void checkIns(long eventId, List<Long> people) {
            LocalDateTime at = FIRST.atTime(8, 30);
            for (int i = 0; i < people.size(); i++) {
                long id = IDS.incrementAndGet();
                sql("insert into check_in (id, version, event_id, registration_id, day_date, scanned_at, received_at,"
                        + " checked_in_by, device) values (?, 0, ?, ?, ?, ?, ?, 'dorrvakt', 'door-1')", id, eventId,
                        people.get(i), FIRST, at, at);
                if (i == 1) {
                    sql("update check_in set undone_at = ?, undone_by = 'dorrvakt' where id = ?", at.plusMinutes(1), id);
                }
                if (i == 2) {
                    sql("update check_in set doubt = 'NOT_ACTIVE', resolved_at = ?, resolved_by = 'admin' where id = ?",
                            at.plusMinutes(5), id);
                }
                sql("insert into scan_receipt (nonce, event_id, check_in_id, already, person, received_at)"
                        + " values (?, ?, ?, false, ?, ?)", "door-1:" + id, eventId, id, "Person " + i, at);
            }
        }

        /** A certificate of the registration (or, without one, a speaker's) with two sessions; returns its code. */
        public String certificate(long eventId, Long registrationId, String holder) {
            StringBuilder code = new StringBuilder();
            java.util.Random random = new java.util.Random();
            for (int i = 0; i < 12; i++) {
                code.append(i == 4 || i == 8 ? "-" : "").append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            Object[] event = rows("select start_date, end_date, title from event where id = ?", eventId).get(0);
            long id = IDS.incrementAndGet();
            sql("insert into certificate (id, version, code, kind, event_id, holder_name, event_title,"
                    + " first_day, last_day, minutes, sessions, language, issued_at) values (?, 0, ?, ?, ?, ?, ?,"
                    + " ?, ?, 360, ?, 'sv', ?)", id, code.toString(),
                    registrationId == null ? "CONTRIBUTION" : "ATTENDANCE", eventId, holder, event[2],
                    event[0], event[1], "09:00 Öppning\n10:00 Samverkan i praktiken", END.atTime(16, 0));
            if (registrationId != null) {
                sql("update certificate set registration_id = ? where id = ?", registrationId, id);
            }
            return code.toString();
        }

        /** Mails of the event's last day: sent (with an attachment), given up, failed and to be tried, queued. */
        public void sendMails() {
            LocalDateTime at = END.atTime(10, 0);
            Object[][] mails = {{"SENT", "sent@example.org", null}, {"FAILED", "gaveup@example.org", null},
                {"FAILED", "pending@example.org", LocalDateTime.of(2999, 1, 1, 0, 0)},
                {"QUEUED", "queued@example.org", LocalDateTime.of(2999, 1, 1, 0, 0)}};
            for (Object[] mail : mails) {
                long id = IDS.incrementAndGet();
                sql("insert into outgoing_mail (id, version, recipient, subject, text_body, html_body, status, attempts,"
                        + " last_error, created_at, reference) values (?, 0, ?, 'Retention test',"
                        + " 'Hej!', '<p>Hej!</p>', ?, 1, 'busy', ?, 'retention-test')", id, mail[1], mail[0], at);
                if (mail[2] != null) {
                    sql("update outgoing_mail set next_attempt_at = ? where id = ?", mail[2], id);
                }
                sql("insert into outgoing_mail_attachment (mail_id, list_index, filename, media_type, content)"
                        + " values (?, 0, 'a.txt', 'text/plain', ?)", id, new byte[] {1, 2, 3});
            }
        }

        /** The test's mails in order: status, recipient, attachments. */
        public List<String> mailStates() {
            return rows("select m.status, m.recipient, (select count(*) from outgoing_mail_attachment a"
                    + " where a.mail_id = m.id), m.text_body from outgoing_mail m where m.reference = 'retention-test'"
                    + " order by m.id").stream().map(row -> row[0] + ":" + row[1] + ":" + row[2]).toList();
        }

        /** A closed survey: a rating and a free text from each of the people. */
        public void survey(long eventId, List<Long> people) {
            Event event = em.find(Event.class, eventId);
            LocalDateTime opens = END.atTime(16, 0);
            Survey survey = new Survey(event, opens, opens.plusDays(7), "salt", opens);
            em.persist(survey);
            SurveyQuestion rating = new SurveyQuestion(survey, 1, AnswerKind.RATING, "Betyg?", (String) null, null);
            SurveyQuestion words = new SurveyQuestion(survey, 2, AnswerKind.TEXT, "Något mer?", (String) null, null);
            em.persist(rating);
            em.persist(words);
            em.flush();
            for (Long person : people) {
                Registration registration = em.find(Registration.class, person);
                SurveyResponse response = new SurveyResponse(survey, registration.getParticipant().getSector(), null);
                response.replace(Map.of(rating.getId(), "4", words.getId(), "Bra dag, hälsar Anna"),
                        registration.getParticipant().getSector());
                em.persist(response);
            }
        }

        /**
         * A series keeping its data {@code days} days with a member, two meetings (on the event's last day and 40
         * days later), each with a reply and a substitute, minutes, an amendment, a decision, a done and an open
         * action.
         */
        public long series(int days, long someonesRegistration) {
            long series = IDS.incrementAndGet();
            long sector = number("select sector_id from registration where id = ?", someonesRegistration);
            sql("insert into meeting_series (id, version, name, conveners, reminder_days, created_at, retention_days)"
                    + " values (?, 0, 'Nätverk 2001', 'admin', 3, ?, ?)", series, FIRST.atStartOfDay(), days);
            long member = IDS.incrementAndGet();
            sql("insert into series_member (id, version, series_id, name, email, organisation, sector_id, active,"
                    + " added_at) values (?, 0, ?, 'Eva Ström', ?, 'Skolan', ?, true, ?)", member, series,
                    "eva" + series + "@example.org", sector, FIRST.atStartOfDay());
            for (LocalDate day : List.of(END, END.plusDays(40))) {
                long meeting = IDS.incrementAndGet();
                sql("insert into meeting (id, version, series_id, starts_at, ends_at, status, calendar_sequence,"
                        + " check_in_token) values (?, 0, ?, ?, ?, 'PLANNED', 0, ?)", meeting, series, day.atTime(9, 0),
                        day.atTime(11, 0), "token-" + meeting);
                sql("insert into meeting_attendance (id, version, meeting_id, member_id, reply_token, reply,"
                        + " replied_at, status, substitute, marked_at, marked_by) values (?, 0, ?, ?, ?, 'NOT_COMING',"
                        + " ?, 'EXCUSED', 'Vikarie Vik', ?, 'admin')", IDS.incrementAndGet(), meeting, member,
                        "reply-" + meeting, day.atTime(8, 0), day.atTime(9, 5));
                long item = IDS.incrementAndGet();
                sql("insert into agenda_item (id, version, meeting_id, position, title, presenter, minutes_allotted,"
                        + " minutes_text) values (?, 0, ?, 1, 'Läget', 'Eva Ström', 20, 'Eva berättade om ...')",
                        item, meeting);
                sql("insert into minutes_amendment (id, version, meeting_id, made_at, made_by, what, old_text,"
                        + " new_text) values (?, 0, ?, ?, 'admin', 'Läget', 'Eva berättade', 'Eva berättade om ...')",
                        IDS.incrementAndGet(), meeting, day.atTime(12, 0));
                sql("insert into meeting_decision (id, version, meeting_id, item_id, text, made_at)"
                        + " values (?, 0, ?, ?, 'Nästa möte i Karlskoga', ?)", IDS.incrementAndGet(), meeting, item,
                        day.atTime(10, 0));
                for (String status : List.of("DONE", "OPEN")) {
                    sql("insert into action_item (id, version, series_id, meeting_id, text, owner_id, owner_name,"
                            + " organisation, status, created_at) values (?, 0, ?, ?, 'Boka lokal', ?, 'Eva Ström',"
                            + " 'Skolan', ?, ?)", IDS.incrementAndGet(), series, meeting, member, status,
                            day.atTime(10, 0));
                }
            }
            return series;
        }

        /**
         * Of the series' meeting on {@code day}: replies or substitutes, minutes or presenters, amendments, done
         * actions, open actions, presence marks kept with their decisions (counted as present marks and decisions
         * both being there).
         */
        public List<Long> meetingData(long seriesId, LocalDate day) {
            String meeting = " meeting_id = (select id from meeting where series_id = ? and starts_at = ?)";
            LocalDateTime at = day.atTime(9, 0);
            return List.of(
                    number("select count(*) from meeting_attendance where (reply is not null or substitute is not null"
                            + " or marked_by is not null) and" + meeting, seriesId, at),
                    number("select count(*) from agenda_item where (minutes_text is not null or presenter is not null)"
                            + " and" + meeting, seriesId, at),
                    number("select count(*) from minutes_amendment where" + meeting, seriesId, at),
                    number("select count(*) from action_item where status = 'DONE' and" + meeting, seriesId, at),
                    number("select count(*) from action_item where status = 'OPEN' and" + meeting, seriesId, at),
                    number("select count(*) from meeting_attendance a where a.status = 'EXCUSED' and exists (select 1"
                            + " from meeting_decision d where d.meeting_id = a.meeting_id) and a." + meeting.strip(),
                            seriesId, at));
        }

        public Map<String, Long> bySector(long eventId) {
            Map<String, Long> counts = new TreeMap<>();
            for (Object[] row : rows("select s.code, count(*) from registration r join sector s on s.id = r.sector_id"
                    + " where r.event_id = ? group by s.code", eventId)) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
            return counts;
        }

        /** Check-ins of the event, and how many of them are undone. */
        public List<Long> attendance(long eventId) {
            return List.of(number("select count(*) from check_in where event_id = ?", eventId),
                    number("select count(*) from check_in where event_id = ? and undone_at is not null", eventId));
        }

        /** Registrations with needs, and corrections of needs still holding a value. */
        public List<Long> needs(long eventId) {
            return List.of(number("select count(*) from registration where event_id = ? and (dietary is not null"
                            + " or accessibility is not null)", eventId),
                    number("select count(*) from registration_edit e join registration r on r.id = e.registration_id"
                            + " where r.event_id = ? and e.field in ('dietary', 'accessibility') and"
                            + " (e.old_value is not null or e.new_value is not null)", eventId));
        }

        /** The registration's corrections other than of needs, as field:old:new; of needs those still with a value. */
        public List<String> otherEdits(long registrationId) {
            return rows("select field, old_value, new_value from registration_edit where registration_id = ?"
                    + " and (old_value is not null or new_value is not null) order by field", registrationId).stream()
                    .map(row -> row[0] + ":" + row[1] + ":" + row[2]).toList();
        }

        public long receipts(long eventId) {
            return number("select count(*) from scan_receipt where event_id = ?", eventId);
        }

        /** Who checked people in, undid or resolved, as still recorded. */
        public Set<String> scanners(long eventId) {
            Set<String> names = new java.util.HashSet<>();
            for (Object[] row : rows("select checked_in_by, device, undone_by, resolved_by from check_in"
                    + " where event_id = ?", eventId)) {
                for (Object value : row) {
                    if (value != null) {
                        names.add((String) value);
                    }
                }
            }
            return names;
        }

        /** The survey's answers: ratings, free texts. */
        public List<Long> surveyAnswers(long eventId) {
            String of = " from survey_answer a join survey_question q on q.id = a.question_id join survey s"
                    + " on s.id = q.survey_id where s.event_id = ? and q.kind = ?";
            return List.of(number("select count(*)" + of, eventId, "RATING"), number("select count(*)" + of, eventId,
                    "TEXT"));
        }

        public long answers(long eventId) {
            return number("select count(*) from registration_answer a join registration r on r.id = a.registration_id"
                    + " where r.event_id = ?", eventId);
        }
    }
}
