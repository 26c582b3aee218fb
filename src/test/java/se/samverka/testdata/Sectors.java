package se.samverka.testdata;

import java.util.Map;

/** The eight sectors Samverka starts with (migration V2), with an organisation typical of each. */
public final class Sectors {

    public static final String PRESCHOOL = "PRESCHOOL";
    public static final String SCHOOL = "SCHOOL";
    public static final String SOCIAL_SERVICES = "SOCIAL_SERVICES";
    public static final String POLICE = "POLICE";
    public static final String HEALTH_CENTRE = "HEALTH_CENTRE";
    public static final String GRYNINGEN = "GRYNINGEN";
    public static final String PUBLIC_HEALTH = "PUBLIC_HEALTH";
    public static final String OTHER = "OTHER";

    static final Map<String, String> ORGANISATIONS = Map.of(
            PRESCHOOL, "Förskolan Solrosen",
            SCHOOL, "Strömtorpsskolan",
            SOCIAL_SERVICES, "Socialtjänsten Degerfors",
            POLICE, "Polisen Region Bergslagen",
            HEALTH_CENTRE, "Vårdcentralen Degerfors",
            GRYNINGEN, "Gryningen",
            PUBLIC_HEALTH, "Folkhälsoförvaltningen",
            OTHER, "Degerfors kommun");

    private Sectors() {
    }
}
