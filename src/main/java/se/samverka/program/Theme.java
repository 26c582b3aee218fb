package se.samverka.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** A theme a session belongs to, named in Swedish and English; organisers edit the list. */
@Entity
@Table(name = "theme")
public class Theme extends DomainEntity {

    @Column(name = "name_sv", nullable = false, unique = true)
    private String nameSv;

    @Column(name = "name_en")
    private String nameEn;

    protected Theme() {
    }

    public Theme(String nameSv, String nameEn) {
        rename(nameSv, nameEn);
    }

    public final void rename(String newNameSv, String newNameEn) {
        if (newNameSv == null || newNameSv.isBlank()) {
            throw new InvalidSessionException("theme", "theme.error.nameRequired");
        }
        this.nameSv = Text.oneLine(newNameSv, "nameSv", 255);
        this.nameEn = newNameEn == null || newNameEn.isBlank() ? this.nameSv : Text.oneLine(newNameEn, "nameEn", 255);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }

    public String getNameSv() {
        return nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    @Override
    public String toString() {
        return nameSv;
    }
}
