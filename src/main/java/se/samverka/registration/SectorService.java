package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import se.samverka.platform.NotFoundException;

/** The editable list of sectors (seeded by the V2 migration). */
@ApplicationScoped
@Transactional
public class SectorService {

    @PersistenceContext
    EntityManager em;

    public Sector create(String code, String nameSv, String nameEn, String colour) {
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (em.createQuery("select count(s) from Sector s where s.code = :code", Long.class)
                .setParameter("code", normalised).getSingleResult() > 0) {
            throw new InvalidRegistrationException("code", "sector.error.codeTaken", normalised);
        }
        int position = all().size() + 1;
        Sector sector = new Sector(normalised, nameSv, nameEn, colour, position);
        em.persist(sector);
        return sector;
    }

    public Sector change(Long sectorId, String nameSv, String nameEn, String colour) {
        Sector sector = em.find(Sector.class, sectorId);
        if (sector == null) {
            throw new NotFoundException("sector", sectorId);
        }
        sector.change(nameSv, nameEn, colour);
        return sector;
    }

    public List<Sector> all() {
        return em.createQuery("select s from Sector s order by s.position, s.code", Sector.class).getResultList();
    }

    /** The sector with this code (case-insensitive), or a field error for "sector". */
    public Sector byCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return em.createQuery("select s from Sector s where s.code = :code", Sector.class)
                .setParameter("code", normalised)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidRegistrationException("sector", "registration.error.unknownSector", code));
    }
}
