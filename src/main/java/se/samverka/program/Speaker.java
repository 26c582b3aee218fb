package se.samverka.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.samverka.platform.DomainEntity;

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
        this.name = newName.strip();
        this.title = newTitle;
        this.organisation = newOrganisation;
        this.bio = newBio;
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
