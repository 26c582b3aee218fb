package se.samverka.meeting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import se.samverka.meeting.MeetingSeries;
import se.samverka.meeting.SeriesService;

/** The network-meeting series the user convenes, and a new one ({@code admin/meetings/index.xhtml}). */
@Named
@ViewScoped
public class SeriesListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeriesService series;

    private List<MeetingSeries> all;
    private String name;
    private String purpose;

    public List<MeetingSeries> getAll() {
        if (all == null) {
            all = series.visible();
        }
        return all;
    }

    public void create() throws IOException {
        MeetingSeries created = series.create(name, purpose, List.of(), null);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/meetings/series.xhtml?id=" + created.getId());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
