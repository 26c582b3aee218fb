package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;
import se.samverka.web.Feedback;

/** The editable list of sectors participants choose from: names in both languages and badge colour. */
@Named
@ViewScoped
public class SectorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SectorService sectors;

    private List<SectorRow> rows;
    private SectorRow newSector = new SectorRow();

    public List<SectorRow> getSectors() {
        if (rows == null) {
            rows = sectors.all().stream().map(SectorRow::new).toList();
        }
        return rows;
    }

    public void add() {
        Sector added = sectors.create(newSector.getCode(), newSector.getNameSv(), newSector.getNameEn(),
                newSector.getColour());
        Feedback.info("sectors.added", added.getNameSv());
        newSector = new SectorRow();
        rows = null;
    }

    public void save(SectorRow row) {
        Sector saved = sectors.change(row.getId(), row.getNameSv(), row.getNameEn(), row.getColour());
        Feedback.info("sectors.saved", saved.getNameSv());
        rows = null;
    }

    public SectorRow getNewSector() {
        return newSector;
    }
}
