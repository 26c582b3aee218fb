package se.samverka.documents;

import java.util.ArrayList;
import java.util.List;

/** Badge data for tests: Swedish names from every sector, one of them very long. */
final class BadgeCards {

    static final String LONG_FIRST_NAME = "Anna-Karin";
    static final String LONG_LAST_NAME = "Ödmark-Wikström Åkerlund-Sjöberg";

    private static final String[][] SECTORS = {
        {"Förskola", "#E69F00"}, {"Skola", "#0072B2"}, {"Socialtjänst", "#009E73"}, {"Polis", "#1F3A93"},
        {"Vårdcentral", "#D55E00"}, {"Gryningen", "#CC79A7"}, {"Folkhälsoförvaltningen", "#56B4E9"},
        {"Annan", "#6B6B6B"},
    };
    private static final String[][] PEOPLE = {
        {"Åsa", "Öberg", "Förskolan Solrosen"},
        {"Märta", "Bäckström", "Strömtorpsskolan"},
        {"Örjan", "Ångström", "Socialtjänsten Degerfors"},
        {"Linnéa", "Hällström", "Polisen Region Bergslagen"},
        {"Jöns", "Söderlund", "Vårdcentralen Degerfors"},
        {"Håkan", "Åkesson", "Gryningen"},
        {"Göran", "Strömberg", "Folkhälsoförvaltningen Karlskoga-Degerfors"},
        {"Ulla", "Zetterlund", "Region Örebro län"},
        {LONG_FIRST_NAME, LONG_LAST_NAME, "Barn- och utbildningsförvaltningen, Karlskoga och Degerfors kommuner"},
        {"Björn", "Ödman", "Bruksskolan"},
        {"Karin", "Nyström", "Parkskolan"},
        {"Eva", "Ekström", "Individ- och familjeomsorgen"},
        {"Mikael", "Sjöberg", "Förskolan Trollstigen"},
        {"Sofia", "Lindqvist", "Örebro universitet"},
        {"Per", "Björk", "Länsstyrelsen i Örebro län"},
        {"Ingrid", "Wikström", "Karlskoga lasarett"},
        {"Sven", "Åberg", "Degerfors kommun"},
    };

    private BadgeCards() {
    }

    /** Seventeen badges with check-in codes ABC101, ABC102, ... */
    static List<BadgeCard> seventeen() {
        List<BadgeCard> cards = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] person = PEOPLE[i];
            String[] sector = SECTORS[i % SECTORS.length];
            cards.add(new BadgeCard(person[0], person[1], person[2], sector[0], sector[1], "ABC" + (101 + i)));
        }
        return cards;
    }

    /** The n-th of an endless supply of badges, made up from the seventeen. */
    static BadgeCard number(int n) {
        String[] person = PEOPLE[n % PEOPLE.length];
        String[] sector = SECTORS[n % SECTORS.length];
        return new BadgeCard(person[0], person[1], person[2], sector[0], sector[1], String.format("K%05d", n));
    }
}
