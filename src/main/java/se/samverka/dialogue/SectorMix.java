package se.samverka.dialogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverka.registration.Sector;

/**
 * Who sat at a table, as counts per sector and never as names: "Skola 2, Polis 1, Socialtjänst 1". The most
 * numerous sector first; equal counts in the sectors' own order.
 */
public record SectorMix(List<Share> shares) {

    /** How many of one sector. */
    public record Share(String sector, int count) {
    }

    public static SectorMix of(Collection<Sector> sectors, Locale locale) {
        Map<String, Share> counts = new LinkedHashMap<>();
        sectors.stream()
                .sorted(Comparator.comparingInt(Sector::getPosition).thenComparing(Sector::getCode))
                .forEach(sector -> counts.merge(sector.getCode(), new Share(sector.name(locale), 1),
                        (counted, one) -> new Share(counted.sector(), counted.count() + 1)));
        return new SectorMix(counts.values().stream()
                .sorted(Comparator.comparingInt(Share::count).reversed())
                .toList());
    }

    /** "Skola 2, Polis 1"; empty for a table without anyone. */
    public String text() {
        return shares.stream().map(share -> share.sector() + " " + share.count()).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return text();
    }
}
