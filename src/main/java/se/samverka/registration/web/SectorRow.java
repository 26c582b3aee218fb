package se.samverka.registration.web;

import java.io.Serializable;
import se.samverka.registration.Sector;

/** One row of the sectors table (or the new sector) as edited. */
public class SectorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String code;
    private String nameSv;
    private String nameEn;
    private String colour = "#6B6B6B";

    public SectorRow() {
    }

    SectorRow(Sector sector) {
        this.id = sector.getId();
        this.code = sector.getCode();
        this.nameSv = sector.getNameSv();
        this.nameEn = sector.getNameEn();
        this.colour = sector.getColour();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
}
