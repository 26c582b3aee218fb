package se.samverka.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import se.samverka.platform.NotFoundException;

/** The editable list of programme themes (seeded by the first migration). */
@ApplicationScoped
@Transactional
public class ThemeService {

    @PersistenceContext
    EntityManager em;

    public Theme create(String nameSv, String nameEn) {
        Theme theme = new Theme(nameSv, nameEn);
        requireFreeName(theme.getNameSv(), null);
        em.persist(theme);
        return theme;
    }

    public Theme rename(Long themeId, String nameSv, String nameEn) {
        Theme theme = get(themeId);
        theme.rename(nameSv, nameEn);
        requireFreeName(theme.getNameSv(), themeId);
        return theme;
    }

    public void delete(Long themeId) {
        em.createQuery("update Session s set s.theme = null where s.theme.id = :id").setParameter("id", themeId)
                .executeUpdate();
        em.remove(get(themeId));
    }

    public List<Theme> all() {
        return em.createQuery("select t from Theme t order by t.nameSv", Theme.class).getResultList();
    }

    public Theme get(Long themeId) {
        Theme theme = themeId == null ? null : em.find(Theme.class, themeId);
        if (theme == null) {
            throw new NotFoundException("theme", themeId);
        }
        return theme;
    }

    /** The theme with this Swedish or English name. */
    public Theme named(String name) {
        return em.createQuery("select t from Theme t where lower(t.nameSv) = :n or lower(t.nameEn) = :n", Theme.class)
                .setParameter("n", name.strip().toLowerCase())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidSessionException("theme", "session.error.unknownTheme", name));
    }

    private void requireFreeName(String nameSv, Long ownId) {
        boolean taken = em.createQuery("select t.id from Theme t where t.nameSv = :n", Long.class)
                .setParameter("n", nameSv).getResultStream().anyMatch(id -> !id.equals(ownId));
        if (taken) {
            throw new InvalidSessionException("nameSv", "theme.error.nameTaken", nameSv);
        }
    }
}
