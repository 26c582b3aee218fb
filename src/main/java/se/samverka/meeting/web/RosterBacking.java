package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.meeting.Member;
import se.samverka.meeting.SeriesService;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;
import se.samverka.web.Feedback;

/** The roster on a series' page: member organisations, their sectors and representatives. */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeriesService series;

    @Inject
    SectorService sectors;

    @Inject
    SeriesBacking page;

    private List<Member> members;
    private List<Sector> sectorChoices;
    private String name;
    private String email;
    private String organisation;
    private String sector;

    public List<Member> getMembers() {
        if (members == null && page.getCurrent() != null) {
            members = series.members(page.getSeriesId());
        }
        return members;
    }

    public void add() {
        Member added = series.addMember(page.getSeriesId(), name, email, organisation, sector);
        Feedback.info("meetings.roster.added", added.getName());
        name = null;
        email = null;
        members = null;
    }

    public void leave(Long memberId) {
        series.leave(memberId);
        members = null;
    }

    public void erase(Long memberId) {
        series.erase(memberId);
        Feedback.info("meetings.erased");
        members = null;
    }

    public List<Sector> getSectors() {
        if (sectorChoices == null) {
            sectorChoices = sectors.all();
        }
        return sectorChoices;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }
}
