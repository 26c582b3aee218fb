package se.samverka.participants;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.samverka.documents.BadgeLayout;

/**
 * What a badge sheet prints: the layout, whose badges (everyone confirmed, optionally one sector; or
 * the given registrations among the active ones), the printer's offset in mm and the first free
 * position on a partly used sheet (from 1).
 */
public record BadgeOptions(BadgeLayout layout, String sector, Set<Long> ids, float rightMm, float downMm,
        int start) implements Serializable {

    /** The largest printer offset accepted, in mm either way. */
    public static final int MAX_OFFSET_MM = 20;
    /** At most this many ids in one request. */
    public static final int MAX_IDS = 1000;

    public BadgeOptions {
        sector = sector == null || sector.isBlank() ? null : sector.strip();
        ids = ids == null || ids.isEmpty() ? null : Set.copyOf(ids);
    }

    /** Everyone confirmed on A4_8, no offset, from the first position. */
    public static BadgeOptions defaults() {
        return new BadgeOptions(BadgeLayout.A4_8, null, null, 0, 0, 1);
    }

    /**
     * Reads options as they come in a query; blanks take the defaults. Every bad value is reported,
     * each against its parameter's name.
     */
    public static BadgeOptions parse(String layout, String sector, String ids, String right, String down,
            String start) {
        List<InvalidBadgeOptionsException.Fault> faults = new ArrayList<>();
        BadgeLayout chosen = layout(layout, faults);
        Set<Long> idSet = ids(ids, faults);
        float rightMm = offset("right", right, faults);
        float downMm = offset("down", down, faults);
        int position = start(start, chosen, faults);
        if (!faults.isEmpty()) {
            throw new InvalidBadgeOptionsException(faults);
        }
        return new BadgeOptions(chosen, sector, idSet, rightMm, downMm, position).checked();
    }

    /** Throws if an offset or the start position is out of range (for options built in code). */
    public BadgeOptions checked() {
        List<InvalidBadgeOptionsException.Fault> faults = new ArrayList<>();
        if (layout == null) {
            faults.add(new InvalidBadgeOptionsException.Fault("layout", "badges.error.layout"));
        }
        checkOffset("right", rightMm, faults);
        checkOffset("down", downMm, faults);
        int perPage = layout == null ? 1 : layout.badgesPerPage();
        if (start < 1 || start > perPage) {
            faults.add(startFault(perPage));
        }
        if (!faults.isEmpty()) {
            throw new InvalidBadgeOptionsException(faults);
        }
        return this;
    }

    /** The registrations these badges are for. */
    public ParticipantFilter filter() {
        ParticipantFilter filter = ids != null ? ParticipantFilter.active().withIds(ids) : ParticipantFilter.confirmed();
        return filter.withSector(sector);
    }

    public BadgeOptions withLayout(BadgeLayout newLayout) {
        return new BadgeOptions(newLayout, sector, ids, rightMm, downMm, start);
    }

    private static BadgeLayout layout(String value, List<InvalidBadgeOptionsException.Fault> faults) {
        if (value == null || value.isBlank()) {
            return BadgeLayout.A4_8;
        }
        try {
            return BadgeLayout.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            faults.add(new InvalidBadgeOptionsException.Fault("layout", "badges.error.layout"));
            return null;
        }
    }

    private static Set<Long> ids(String value, List<InvalidBadgeOptionsException.Fault> faults) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            try {
                long id = Long.parseLong(part.strip());
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                faults.add(new InvalidBadgeOptionsException.Fault("ids", "badges.error.ids"));
                return null;
            }
        }
        if (ids.size() > MAX_IDS) {
            faults.add(new InvalidBadgeOptionsException.Fault("ids", "badges.error.tooManyIds", MAX_IDS));
            return null;
        }
        return ids;
    }

    private static float offset(String field, String value, List<InvalidBadgeOptionsException.Fault> faults) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            float mm = Float.parseFloat(value.strip().replace(',', '.'));
            if (Float.isFinite(mm) && Math.abs(mm) <= MAX_OFFSET_MM) {
                return mm;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        faults.add(offsetFault(field));
        return 0;
    }

    private static void checkOffset(String field, float mm, List<InvalidBadgeOptionsException.Fault> faults) {
        if (!Float.isFinite(mm) || Math.abs(mm) > MAX_OFFSET_MM) {
            faults.add(offsetFault(field));
        }
    }

    private static InvalidBadgeOptionsException.Fault offsetFault(String field) {
        return new InvalidBadgeOptionsException.Fault(field, "badges.error.offset", -MAX_OFFSET_MM, MAX_OFFSET_MM);
    }

    private static int start(String value, BadgeLayout layout, List<InvalidBadgeOptionsException.Fault> faults) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        int perPage = layout == null ? Integer.MAX_VALUE : layout.badgesPerPage();
        try {
            int position = Integer.parseInt(value.strip());
            if (position >= 1 && position <= perPage) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (layout != null) {
            faults.add(startFault(perPage));
        }
        return 1;
    }

    private static InvalidBadgeOptionsException.Fault startFault(int perPage) {
        return perPage == 1 ? new InvalidBadgeOptionsException.Fault("start", "badges.error.startSingle")
                : new InvalidBadgeOptionsException.Fault("start", "badges.error.start", perPage);
    }
}
