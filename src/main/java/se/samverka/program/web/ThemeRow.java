package se.samverka.program.web;

import java.io.Serializable;
import se.samverka.program.Theme;

/** One row of the themes table (or the new theme): its Swedish and English names as edited. */
public class ThemeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String nameSv;
    private String nameEn;

    public ThemeRow() {
    }

    ThemeRow(Theme theme) {
        this.id = theme.getId();
        this.nameSv = theme.getNameSv();
        this.nameEn = theme.getNameEn();
    }

    public Long getId() { return id; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
}
