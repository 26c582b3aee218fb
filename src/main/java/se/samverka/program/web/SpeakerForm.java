package se.samverka.program.web;

import java.io.Serializable;
import se.samverka.program.Speaker;

/** The speaker dialog's fields; no id means a new speaker. */
public class SpeakerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private String title;
    private String organisation;
    private String bio;

    static SpeakerForm of(Speaker speaker) {
        SpeakerForm form = new SpeakerForm();
        form.id = speaker.getId();
        form.name = speaker.getName();
        form.title = speaker.getTitle();
        form.organisation = speaker.getOrganisation();
        form.bio = speaker.getBio();
        return form;
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
}
