package se.samverka.dialogue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** The groups API's JSON: what it takes and what it answers. */
public final class GroupsJson {

    private GroupsJson() {
    }

    /** {@code POST /api/events/{id}/groups}: table size, and optionally the day, only those checked in, a seed. */
    public record MixRequest(Integer size, LocalDate day, Boolean onlyCheckedIn, Long seed) {
    }

    /**
     * A day's groups. {@code seed} is the one the mixing used (to repeat it); null when the groups are only read.
     * No group's token: that is the scribe's link, for the table card alone.
     */
    @JsonbPropertyOrder({"day", "seed", "groups", "quality"})
    public record GroupsView(LocalDate day, Long seed, List<GroupView> groups, QualityView quality) {

        static GroupsView of(DayGroups day) {
            return new GroupsView(day.day(), day.seed(), day.groups().stream().map(GroupView::of).toList(),
                    QualityView.of(day.quality()));
        }
    }

    /** One table: its number, whether it is locked, its sectors against the best possible, and who sits there. */
    @JsonbPropertyOrder({"number", "locked", "sectors", "possibleSectors", "members"})
    public record GroupView(int number, boolean locked, int sectors, int possibleSectors, List<MemberView> members) {

        static GroupView of(DayGroups.Group group) {
            return new GroupView(group.number(), group.locked(), group.quality().sectors(),
                    group.quality().possibleSectors(), group.members().stream().map(MemberView::of).toList());
        }
    }

    /** Someone at a table; {@code sector} is the sector's code. */
    @JsonbPropertyOrder({"registrationId", "name", "organisation", "sector"})
    public record MemberView(Long registrationId, String name, String organisation, String sector) {

        static MemberView of(DayGroups.Member member) {
            return new MemberView(member.registrationId(), member.name(), member.organisation(), member.sector());
        }
    }

    /** See {@link GroupingQuality}. */
    @JsonbPropertyOrder({"sectorPairs", "possibleSectorPairs", "fairShare", "tablesBelowPossible",
        "sameOrganisationPairs", "unavoidableSameOrganisationPairs", "smallest", "largest"})
    public record QualityView(int sectorPairs, int possibleSectorPairs, int fairShare, long tablesBelowPossible,
            int sameOrganisationPairs, int unavoidableSameOrganisationPairs, int smallest, int largest) {

        static QualityView of(GroupingQuality quality) {
            return new QualityView(quality.sectorPairs(), quality.possibleSectorPairs(), quality.fairShare(),
                    quality.tablesBelowPossible(), quality.sameOrganisationPairs(),
                    quality.unavoidableSameOrganisationPairs(), quality.smallest(), quality.largest());
        }
    }
}
