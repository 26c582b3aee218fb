package se.samverka.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverka.meeting.Presence;
import se.samverka.meeting.Recurrence;
import se.samverka.meeting.SeriesImport;
import se.samverka.meeting.SeriesImport.ActionData;
import se.samverka.meeting.SeriesImport.MeetingData;
import se.samverka.meeting.SeriesImport.MemberData;
import se.samverka.meeting.SeriesImport.SeriesData;

/**
 * Two fictitious network-meeting series in Degerfors with a year behind them, so that attendance statistics and
 * the action lists show something real: the EST group (safety and calm at school and in leisure time), where the
 * police stopped coming after the first half year, and the network for early and coordinated interventions
 * (TSI), where the health centre comes every other time. People and addresses are invented (example domains).
 */
@ApplicationScoped
class DemoMeetings {

    private static final String[][] EST = {
        {"Lena Holm", "lena.holm@skola.degerfors.example", "Bruksskolan", "SCHOOL"},
        {"Jonas Ek", "jonas.ek@skola.degerfors.example", "Strömtorpsskolan", "SCHOOL"},
        {"Sara Nilsson", "sara.nilsson@polisen.example", "Polisen Region Bergslagen", "POLICE"},
        {"Mikael Berg", "mikael.berg@soc.degerfors.example", "Socialtjänsten Degerfors", "SOCIAL_SERVICES"},
        {"Fatima Ali", "fatima.ali@gryningen.example", "Gryningen", "GRYNINGEN"},
        {"Eva Lund", "eva.lund@folkhalsa.degerfors.example", "Folkhälsoenheten", "PUBLIC_HEALTH"},
    };

    private static final String[][] TSI = {
        {"Anna Sjöberg", "anna.sjoberg@forskola.degerfors.example", "Förskolan Solrosen", "PRESCHOOL"},
        {"Karin Dahl", "karin.dahl@skola.degerfors.example", "Elevhälsan Degerfors", "SCHOOL"},
        {"Peter Lind", "peter.lind@soc.degerfors.example", "Socialtjänsten Degerfors", "SOCIAL_SERVICES"},
        {"Maria Olsson", "maria.olsson@vardcentralen.example", "Vårdcentralen Degerfors", "HEALTH_CENTRE"},
        {"Johan Ström", "johan.strom@gryningen.example", "Gryningen", "GRYNINGEN"},
        {"Helena Björk", "helena.bjork@folkhalsa.degerfors.example", "Folkhälsoenheten", "PUBLIC_HEALTH"},
    };

    private static final String[] EST_ACTIONS = {
        "Ta fram gemensam rutin för rastvärdar", "Bjud in fältgruppen till nästa möte",
        "Sammanställ trygghetsenkäten per skola", "Planera aktiviteter inför sommarlovet",
        "Kartlägg fritidsgårdarnas öppettider", "Följ upp oron vid busshållplatsen",
    };

    private static final String[] TSI_ACTIONS = {
        "Uppdatera kontaktlistan för samordnade insatser", "Boka föreläsning om rörelseförståelse",
        "Ta fram underlag om förebyggandets ekonomi", "Följ upp samverkan kring föräldrastöd",
        "Planera nästa samverkanskonferens", "Informera förskolorna om familjecentralens öppna verksamhet",
    };

    @Inject
    SeriesImport imports;

    void load(LocalDateTime now) {
        if (!imports.isEmpty()) {
            return;
        }
        String until = ";UNTIL=" + now.toLocalDate().plusMonths(4).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + "T000000";
        imports.load(series("EST-gruppen – trygghet och studiero",
                "Skola, polis, socialtjänst, fritid och folkhälsa följer läget för barn och unga i skolan och på fritiden.",
                EST, EST_ACTIONS, Recurrence.starts("FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12" + until,
                        now.toLocalDate().minusYears(1).atTime(13, 0)), 120, "Kommunhuset, sal Bruket", 4, 6, now), now);
        imports.load(series("Nätverket för tidiga och samordnade insatser (TSI)",
                "Förskola, skola, socialtjänst, hälso- och sjukvård och folkhälsa samordnar tidiga insatser för barn 0–20 år.",
                TSI, TSI_ACTIONS, Recurrence.starts("FREQ=WEEKLY;INTERVAL=6;BYDAY=TH" + until,
                        now.toLocalDate().minusYears(1).atTime(9, 0)), 90, "https://video.degerfors.example/tsi", 3, -1, now), now);
    }

    /**
     * {@code irregular}: the member who comes every other time; {@code dropsAfter}: the meeting after which member 2
     * stops coming (-1: never).
     */
    private static SeriesData series(String name, String purpose, String[][] people, String[] actions,
            List<LocalDateTime> starts, int minutes, String place, int irregular, int dropsAfter, LocalDateTime now) {
        List<MemberData> members = new ArrayList<>();
        for (String[] person : people) {
            members.add(new MemberData(person[0], person[1], person[2], person[3]));
        }
        List<LocalDateTime> past = starts.stream().filter(start -> start.plusMinutes(minutes).isBefore(now)).toList();
        List<LocalDateTime> future = starts.stream().filter(start -> start.isAfter(now)).limit(3).toList();
        List<MeetingData> meetings = new ArrayList<>();
        for (int k = 0; k < past.size(); k++) {
            LocalDateTime start = past.get(k);
            Map<Integer, Presence> presence = new HashMap<>();
            Map<Integer, String> substitutes = new HashMap<>();
            for (int i = 0; i < people.length; i++) {
                Presence mark = (k + i) % 5 == 0 ? Presence.ABSENT : Presence.PRESENT;
                if (i == 2 && dropsAfter >= 0 && k >= dropsAfter) {
                    mark = Presence.ABSENT;
                }
                if (i == irregular && k % 2 == 1) {
                    mark = Presence.EXCUSED;
                    if (k % 4 == 1) {
                        substitutes.put(i, "Ersättare från " + people[i][2]);
                    }
                }
                presence.put(i, mark);
            }
            boolean recent = k >= past.size() - 3;
            LocalDateTime closedAt = k + 1 < past.size() ? past.get(k + 1).plusMinutes(30) : null;
            List<ActionData> taken = List.of(new ActionData(actions[k % actions.length], k % people.length,
                    start.toLocalDate().plusDays(30), recent ? null : closedAt));
            meetings.add(new MeetingData(start, start.plusMinutes(minutes), place, agenda(k, people, true), presence,
                    substitutes, taken, k < past.size() - 1));
        }
        for (LocalDateTime start : future) {
            meetings.add(new MeetingData(start, start.plusMinutes(minutes), place, agenda(0, people, false), Map.of(),
                    Map.of(), List.of(), false));
        }
        return new SeriesData(name, purpose, List.of(), members, meetings);
    }

    private static Map<String, String> agenda(int k, String[][] people, boolean held) {
        Map<String, String> agenda = new LinkedHashMap<>();
        agenda.put("Läget just nu", held ? "Varje verksamhet berättade kort. " + people[k % people.length][2]
                + " lyfte att samverkan kring lovaktiviteter fungerat bra." : null);
        agenda.put("Uppföljning av åtgärder", held ? "Öppna åtgärder gicks igenom." : null);
        agenda.put("Kommande aktiviteter", held ? "Inga beslut under punkten." : null);
        return agenda;
    }
}
