package se.samverka.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.program.Theme;
import se.samverka.program.ThemeService;
import se.samverka.web.Feedback;

/** The editable list of programme themes: add, rename, delete. */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ThemeService themes;

    private List<ThemeRow> rows;
    private ThemeRow newTheme = new ThemeRow();

    public List<ThemeRow> getThemes() {
        if (rows == null) {
            rows = themes.all().stream().map(ThemeRow::new).toList();
        }
        return rows;
    }

    public void add() {
        Theme added = themes.create(newTheme.getNameSv(), newTheme.getNameEn());
        Feedback.info("themes.added", added.getNameSv());
        newTheme = new ThemeRow();
        rows = null;
    }

    public void rename(ThemeRow row) {
        Theme renamed = themes.rename(row.getId(), row.getNameSv(), row.getNameEn());
        Feedback.info("themes.saved", renamed.getNameSv());
        rows = null;
    }

    public void delete(ThemeRow row) {
        themes.delete(row.getId());
        Feedback.info("themes.deleted", row.getNameSv());
        rows = null;
    }

    public ThemeRow getNewTheme() {
        return newTheme;
    }
}
