package se.samverka.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/sectors}: the sectors participants choose from. */
@Path("sectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SectorResource {

    @Inject
    SectorService sectors;

    /** A sector with its names and badge colour. */
    public record SectorView(String code, String nameSv, String nameEn, String colour) {
    }

    @GET
    public List<SectorView> list() {
        return sectors.all().stream()
                .map(s -> new SectorView(s.getCode(), s.getNameSv(), s.getNameEn(), s.getColour())).toList();
    }
}
