package se.samverka.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** A person who speaks at sessions; one speaker may hold many sessions across events. */
@Entity
@Table(name = "speaker")
public class Speaker extends DomainEntity {

    @Column(nullable = false)
    private String name;

    private String title;

    private String organisation;

    @Column(length = 4000)
    private String bio;

    protected Speaker() {
    }

    public Speaker(String name, String title, String organisation, String bio) {
        change(name, title, organisation, bio);
    }

    public final void change(String newName, String newTitle, String newOrganisation, String newBio) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidSessionException("name", "speaker.error.nameRequired");
        }
        this.name = Text.oneLine(newName, "name", 255);
        this.title = Text.oneLine(newTitle, "title", 255);
        this.organisation = Text.oneLine(newOrganisation, "organisation", 255);
        this.bio = Text.multiLine(newBio, "bio", 4000);
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getBio() {
        return bio;
    }

    @Override
    public String toString() {
        return name;
    }
}
