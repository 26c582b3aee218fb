package se.samverka.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import se.samverka.platform.NotFoundException;

/** The speakers' register, shared by all events. */
@ApplicationScoped
@Transactional
public class SpeakerService {

    @PersistenceContext
    EntityManager em;

    public Speaker create(String name, String title, String organisation, String bio) {
        Speaker speaker = new Speaker(name, title, organisation, bio);
        em.persist(speaker);
        return speaker;
    }

    public Speaker change(Long speakerId, String name, String title, String organisation, String bio) {
        Speaker speaker = get(speakerId);
        speaker.change(name, title, organisation, bio);
        return speaker;
    }

    public void delete(Long speakerId) {
        em.remove(get(speakerId));
    }

    public List<Speaker> all() {
        return em.createQuery("select s from Speaker s order by s.name", Speaker.class).getResultList();
    }

    public Speaker get(Long speakerId) {
        Speaker speaker = speakerId == null ? null : em.find(Speaker.class, speakerId);
        if (speaker == null) {
            throw new NotFoundException("speaker", speakerId);
        }
        return speaker;
    }

    /** All the speakers with these ids; an unknown id is refused. */
    public List<Speaker> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Speaker> found = em.createQuery("select s from Speaker s where s.id in :ids", Speaker.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != new HashSet<>(ids).size()) {
            throw new InvalidSessionException("speakerIds", "session.error.unknownSpeaker");
        }
        return found;
    }
}
