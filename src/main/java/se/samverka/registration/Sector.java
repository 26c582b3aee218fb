package se.samverka.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** A sector participants come from (Förskola, Skola, Polis ...); organisers edit the list. */
@Entity
@Table(name = "sector")
public class Sector extends DomainEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** The colour of the sector's band on name badges. */
    @Column(nullable = false)
    private String colour;

    @Column(nullable = false)
    private int position;

    protected Sector() {
    }

    public Sector(String code, String nameSv, String nameEn, String colour, int position) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRegistrationException("code", "sector.error.code");
        }
        this.code = code;
        this.position = position;
        change(nameSv, nameEn, colour);
    }

    public final void change(String newNameSv, String newNameEn, String newColour) {
        if (newNameSv == null || newNameSv.isBlank()) {
            throw new InvalidRegistrationException("nameSv", "sector.error.nameRequired");
        }
        if (newColour == null || !COLOUR.matcher(newColour).matches()) {
            throw new InvalidRegistrationException("colour", "sector.error.colour");
        }
        this.nameSv = Text.oneLine(newNameSv, "nameSv", 100);
        this.nameEn = newNameEn == null || newNameEn.isBlank() ? this.nameSv : Text.oneLine(newNameEn, "nameEn", 100);
        this.colour = newColour.toUpperCase(Locale.ROOT);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }

    public String getCode() {
        return code;
    }

    public String getNameSv() {
        return nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getColour() {
        return colour;
    }

    public int getPosition() {
        return position;
    }
}
