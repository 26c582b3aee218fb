package se.samverka.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.samverka.event.Event;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.registration.RegistrationRequest;
import se.samverka.registration.RegisterService;

/**
 * Seventy fictitious people from every sector registered for the demo conference (66 seats, so the
 * last few wait for one): Swedish names,
 * some dietary needs, and more wanting workshop A than it seats, so its waiting list has people.
 * Always the same people (fixed seed), so screenshots and demos repeat.
 */
@ApplicationScoped
public class DemoParticipants {

    static final int COUNT = 70;

    private static final String[] FIRST = {"Anna", "Åsa", "Björn", "Märta", "Lars", "Karin", "Örjan", "Eva", "Johan",
        "Maria", "Per", "Ingrid", "Sven", "Elin", "Mikael", "Sofia", "Jöns", "Linnéa", "Håkan", "Ulla", "Göran",
        "Annika", "Mats", "Lena", "Anders", "Kristina", "Peter", "Helena", "Fredrik", "Malin"};
    private static final String[] LAST = {"Andersson", "Öberg", "Åkesson", "Bäckström", "Sjöberg", "Nyström",
        "Lindqvist", "Ekström", "Hällström", "Ångström", "Karlsson", "Nilsson", "Björk", "Söderlund", "Wikström",
        "Holmgren", "Zetterlund", "Ödman", "Lundgren", "Persson", "Strömberg", "Dahl", "Forsberg", "Sandberg"};
    private static final String[][] SECTORS = {
        {"PRESCHOOL", "Förskolan Solrosen", "Förskollärare"},
        {"PRESCHOOL", "Förskolan Trollstigen", "Barnskötare"},
        {"SCHOOL", "Strömtorpsskolan", "Lärare"},
        {"SCHOOL", "Bruksskolan", "Skolkurator"},
        {"SCHOOL", "Parkskolan", "Rektor"},
        {"SOCIAL_SERVICES", "Socialtjänsten Degerfors", "Socialsekreterare"},
        {"SOCIAL_SERVICES", "Individ- och familjeomsorgen", "Familjebehandlare"},
        {"POLICE", "Polisen Region Bergslagen", "Kommunpolis"},
        {"HEALTH_CENTRE", "Vårdcentralen Degerfors", "Distriktssköterska"},
        {"GRYNINGEN", "Gryningen", "Behandlare"},
        {"PUBLIC_HEALTH", "Folkhälsoförvaltningen Karlskoga-Degerfors", "Folkhälsostrateg"},
        {"OTHER", "Region Örebro län", "Utvecklingsledare"},
    };
    private static final String[] DIETS = {"Vegetarisk", "Glutenfri", "Laktosfri", "Vegansk", "Nötallergi"};

    @Inject
    RegisterService registering;

    @Inject
    ProgramService program;

    @Transactional
    public void load(Event event) {
        Random random = new Random(20_270_119L);
        List<Session> workshops = program.sessions(event.getId()).stream()
                .filter(s -> s.getKind() == SessionKind.WORKSHOP).toList();
        for (int i = 0; i < COUNT; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[(i * 7 + random.nextInt(3)) % LAST.length];
            String[] sector = SECTORS[i % SECTORS.length];
            List<Long> choice = new ArrayList<>();
            if (!workshops.isEmpty() && i % 10 != 9) {
                // half of those choosing want workshop A, the rest spread over the others
                Session wanted = i % 2 == 0 ? workshops.get(0) : workshops.get(1 + random.nextInt(workshops.size() - 1));
                choice.add(wanted.getId());
            }
            registering.registerWithoutMail(event.getId(), new RegistrationRequest(first, last, email(first, last, i), null,
                    sector[1], sector[0], sector[2], null, choice, i % 6 == 0 ? DIETS[random.nextInt(DIETS.length)] : null,
                    i % 17 == 0 ? "Rullstolsplats" : null, null, true, i % 3 != 0, "sv"));
        }
    }

    private static String email(String first, String last, int n) {
        String ascii = java.text.Normalizer.normalize((first + "." + last).toLowerCase(Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii + n + "@exempel.degerfors.se";
    }
}
