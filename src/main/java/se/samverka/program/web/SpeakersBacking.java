package se.samverka.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.program.Speaker;
import se.samverka.program.SpeakerService;
import se.samverka.web.Feedback;

/** The speakers' register: list, add, edit (in a dialog) and delete. */
@Named
@ViewScoped
public class SpeakersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpeakerService speakers;

    private transient List<Speaker> all;
    private SpeakerForm form = new SpeakerForm();

    public List<Speaker> getSpeakers() {
        if (all == null) {
            all = speakers.all();
        }
        return all;
    }

    public void add() {
        form = new SpeakerForm();
    }

    public void edit(Speaker speaker) {
        form = SpeakerForm.of(speaker);
    }

    public void save() {
        Speaker saved = form.isNew()
                ? speakers.create(form.getName(), form.getTitle(), form.getOrganisation(), form.getBio())
                : speakers.change(form.getId(), form.getName(), form.getTitle(), form.getOrganisation(), form.getBio());
        Feedback.info(form.isNew() ? "speakers.added" : "speakers.saved", saved.getName());
        all = null;
    }

    public void delete(Speaker speaker) {
        speakers.delete(speaker.getId());
        Feedback.info("speakers.deleted", speaker.getName());
        all = null;
    }

    public SpeakerForm getForm() {
        return form;
    }
}
