import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the organiser API reads back after a scenario: nothing overbooked (event and each workshop), the waiting
 * list numbered 1..n, and first come, first served by {@code lineNumber}.
 */
final class Checks {
    final List<String> lines = new ArrayList<>();
    boolean overbooked;
    boolean waitlistBroken;
    /** null: not checkable (no lineNumber). */
    Boolean fair;

    Checks(Event event, List<Map<String, Object>> items) {
        List<Map<String, Object>> confirmed = withStatus(items, "CONFIRMED");
        List<Map<String, Object>> waitlisted = withStatus(items, "WAITLISTED");
        lines.add(String.format("read back: %d registrations, confirmed=%d waitlisted=%d other=%d", items.size(),
                confirmed.size(), waitlisted.size(), items.size() - confirmed.size() - waitlisted.size()));
        overbooking(event, confirmed);
        waitingList(items, waitlisted);
        fairness(event, items, confirmed, waitlisted);
    }

    private void overbooking(Event event, List<Map<String, Object>> confirmed) {
        overbooked = confirmed.size() > event.capacity();
        lines.add(String.format("overbooking: event capacity=%d confirmed=%d %s", event.capacity(), confirmed.size(),
                overbooked ? "OVERBOOKED" : "ok"));
        for (int w = 0; w < event.workshops().length; w++) {
            long workshop = event.workshops()[w];
            long seated = confirmed.stream().flatMap(r -> choices(r).stream())
                    .filter(c -> number(c.get("sessionId")) == workshop && "CONFIRMED".equals(c.get("status"))).count();
            long waiting = confirmed.stream().flatMap(r -> choices(r).stream())
                    .filter(c -> number(c.get("sessionId")) == workshop && "WAITLISTED".equals(c.get("status"))).count();
            boolean over = seated > RegistrationRush.WORKSHOP_SEATS[w];
            overbooked |= over;
            lines.add(String.format("overbooking: workshop %d seats=%d seated=%d waiting=%d %s", w + 1,
                    RegistrationRush.WORKSHOP_SEATS[w], seated, waiting, over ? "OVERBOOKED" : "ok"));
        }
    }

    private void waitingList(List<Map<String, Object>> items, List<Map<String, Object>> waitlisted) {
        List<Long> positions = waitlisted.stream().map(r -> r.get("waitlistPosition"))
                .map(p -> p == null ? -1L : number(p)).sorted().toList();
        int gaps = 0;
        int duplicates = 0;
        int missing = 0;
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i) < 1) {
                missing++;
            } else if (i > 0 && positions.get(i).equals(positions.get(i - 1))) {
                duplicates++;
            }
        }
        List<Long> present = positions.stream().filter(p -> p >= 1).distinct().toList();
        for (int i = 0; i < present.size(); i++) {
            if (present.get(i) != i + 1) {
                gaps++;
                break;
            }
        }
        long strays = items.stream().filter(r -> !"WAITLISTED".equals(r.get("status")))
                .filter(r -> r.get("waitlistPosition") != null).count();
        waitlistBroken = gaps + duplicates + missing > 0 || strays > 0;
        lines.add(String.format("waiting list: %d in line, positions %s%s", positions.size(),
                positions.isEmpty() ? "none" : "1.." + positions.get(positions.size() - 1),
                waitlistBroken ? String.format(" BROKEN (gaps=%s duplicates=%d without position=%d"
                        + " positions on registrations not in line=%d)", gaps > 0, duplicates, missing, strays) : " ok"));
    }

    private void fairness(Event event, List<Map<String, Object>> items, List<Map<String, Object>> confirmed,
            List<Map<String, Object>> waitlisted) {
        long withLine = items.stream().filter(r -> r.get("lineNumber") != null).count();
        if (withLine == 0) {
            lines.add("fairness: not checkable (no lineNumber)");
            return;
        }
        List<String> violations = new ArrayList<>();
        if (withLine < items.size()) {
            violations.add((items.size() - withLine) + " registrations without lineNumber");
        }
        long confirmedLast = confirmed.stream().mapToLong(Checks::line).max().orElse(Long.MIN_VALUE);
        long waitlistedFirst = waitlisted.stream().mapToLong(Checks::line).min().orElse(Long.MAX_VALUE);
        if (confirmedLast > waitlistedFirst) {
            long late = confirmed.stream().filter(r -> line(r) > waitlistedFirst).count();
            violations.add(late + " confirmed registrations came after the first one in line (line " + waitlistedFirst + ")");
        }
        List<Map<String, Object>> inLine = new ArrayList<>(waitlisted);
        inLine.sort(Comparator.comparingLong(r -> r.get("waitlistPosition") == null ? Long.MAX_VALUE
                : number(r.get("waitlistPosition"))));
        int outOfOrder = 0;
        for (int i = 1; i < inLine.size(); i++) {
            if (line(inLine.get(i)) <= line(inLine.get(i - 1))) {
                outOfOrder++;
            }
        }
        if (outOfOrder > 0) {
            violations.add(outOfOrder + " places in the waiting list out of lineNumber order");
        }
        boolean choiceLines = confirmed.stream().flatMap(r -> choices(r).stream()).anyMatch(c -> c.get("lineNumber") != null);
        for (int w = 0; w < event.workshops().length && choiceLines; w++) {
            long workshop = event.workshops()[w];
            List<Map<String, Object>> chosen = confirmed.stream().flatMap(r -> choices(r).stream())
                    .filter(c -> number(c.get("sessionId")) == workshop).toList();
            long unnumbered = chosen.stream().filter(c -> c.get("lineNumber") == null).count();
            if (unnumbered > 0) {
                violations.add("workshop " + (w + 1) + ": " + unnumbered + " choices without lineNumber");
                continue;
            }
            long seatedLast = chosen.stream().filter(c -> "CONFIRMED".equals(c.get("status")))
                    .mapToLong(c -> number(c.get("lineNumber"))).max().orElse(Long.MIN_VALUE);
            long waitingFirst = chosen.stream().filter(c -> "WAITLISTED".equals(c.get("status")))
                    .mapToLong(c -> number(c.get("lineNumber"))).min().orElse(Long.MAX_VALUE);
            if (seatedLast > waitingFirst) {
                long late = chosen.stream().filter(c -> "CONFIRMED".equals(c.get("status")))
                        .filter(c -> number(c.get("lineNumber")) > waitingFirst).count();
                violations.add("workshop " + (w + 1) + ": " + late + " seated choices came after the first waiting one");
            }
        }
        fair = violations.isEmpty();
        lines.add("fairness: " + (fair ? "ok (confirmed before waitlisted, waiting list in lineNumber order"
                + (choiceLines ? ", seated before waiting per workshop)" : "; workshops not checkable: no lineNumber in sessions)")
                : "VIOLATED: " + String.join("; ", violations)));
    }

    boolean ok() {
        return !overbooked && !waitlistBroken && !Boolean.FALSE.equals(fair);
    }

    String fairness() {
        return fair == null ? "n/a" : fair ? "ok" : "VIOLATED";
    }

    void print() {
        lines.forEach(System.out::println);
    }

    private static List<Map<String, Object>> withStatus(List<Map<String, Object>> items, String status) {
        return items.stream().filter(r -> status.equals(r.get("status"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> choices(Map<String, Object> registration) {
        Object sessions = registration.get("sessions");
        return sessions == null ? List.of() : (List<Map<String, Object>>) sessions;
    }

    private static long line(Map<String, Object> registration) {
        Object line = registration.get("lineNumber");
        return line == null ? Long.MAX_VALUE : number(line);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
