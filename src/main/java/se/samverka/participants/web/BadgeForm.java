package se.samverka.participants.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import se.samverka.documents.BadgeLayout;
import se.samverka.participants.BadgeOptions;

/** What the badge page's form holds: layout, whose badges, printer offset and first free position. */
public class BadgeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whose badges: everyone confirmed, one sector, the selection from the list, or one person. */
    public enum Scope { CONFIRMED, SECTOR, SELECTION, PERSON }

    private BadgeLayout layout = BadgeLayout.A4_8;
    private Scope scope;
    private String sector;
    private Long person;
    private BigDecimal right = BigDecimal.ZERO;
    private BigDecimal down = BigDecimal.ZERO;
    private Integer start = 1;

    BadgeForm(Scope scope, String sector) {
        this.scope = scope;
        this.sector = sector;
    }

    /** The options to print; null when a person is to be chosen and none is yet. */
    BadgeOptions toOptions(Set<Long> selection) {
        String onlySector = scope == Scope.SECTOR ? sector : null;
        Set<Long> ids = switch (scope) {
            case SELECTION -> selection;
            case PERSON -> person == null ? null : Set.of(person);
            default -> null;
        };
        if (scope == Scope.PERSON && person == null || scope == Scope.SELECTION && ids == null) {
            return null;
        }
        int position = layout.badgesPerPage() > 1 && start != null ? start : 1;
        return new BadgeOptions(layout, onlySector, ids, value(right), value(down), position);
    }

    /** The choices of whose badges; the selection only when the list passed one. */
    List<Scope> scopes(boolean withSelection) {
        return withSelection ? List.of(Scope.values())
                : List.of(Scope.CONFIRMED, Scope.SECTOR, Scope.PERSON);
    }

    private static float value(BigDecimal mm) {
        return mm == null ? 0 : mm.floatValue();
    }

    public List<BadgeLayout> getLayouts() { return List.of(BadgeLayout.values()); }
    public int getMaxOffset() { return BadgeOptions.MAX_OFFSET_MM; }
    public int getPositions() { return layout.badgesPerPage(); }
    public boolean isMultiLabel() { return layout.badgesPerPage() > 1; }

    public BadgeLayout getLayout() { return layout; }
    public void setLayout(BadgeLayout layout) { this.layout = layout == null ? BadgeLayout.A4_8 : layout; }
    public Scope getScope() { return scope; }
    public void setScope(Scope scope) { this.scope = scope == null ? Scope.CONFIRMED : scope; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public BigDecimal getRight() { return right; }
    public void setRight(BigDecimal right) { this.right = right; }
    public BigDecimal getDown() { return down; }
    public void setDown(BigDecimal down) { this.down = down; }
    public Integer getStart() { return start; }
    public void setStart(Integer start) { this.start = start; }
}
