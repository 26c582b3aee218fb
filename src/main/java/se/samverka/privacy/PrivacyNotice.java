package se.samverka.privacy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.samverka.platform.Installation;
import se.samverka.platform.Messages;

/**
 * The privacy notice (integritetsmeddelande) as the installation stands: who the controller is and how to reach
 * them and their data protection officer, why each kind of data is processed and on which legal basis, how long
 * each kind is kept (from the retention rules in force, so that the notice says exactly what the nightly retention
 * does: a period, or "kept" when a kind is off), who sees the data, the person's rights and where they are
 * exercised, and the supervisory authority. Texts from the {@code privacyNotice.*} keys of the bundle; a setting
 * that is not configured shows as such, so that the installer sees what to fill in.
 */
public final class PrivacyNotice {

    /** One part of the notice: a heading, paragraphs, a list (possibly empty), and paragraphs after the list. */
    public record Section(String id, String heading, List<String> paragraphs, List<String> items,
            List<String> closing) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
            items = List.copyOf(items);
            closing = List.copyOf(closing);
        }
    }

    private final Installation installation;
    private final Function<DataKind, Optional<Period>> periods;
    private final Locale locale;

    private PrivacyNotice(Installation installation, Function<DataKind, Optional<Period>> periods, Locale locale) {
        this.installation = installation;
        this.periods = periods;
        this.locale = Messages.supported(locale);
    }

    /**
     * The notice's sections in order.
     *
     * @param periods each kind's period, empty when kept (e.g. {@code rules::period} of {@link RetentionRules})
     */
    public static List<Section> compose(Installation installation, Function<DataKind, Optional<Period>> periods,
            Locale locale) {
        return new PrivacyNotice(installation, periods, locale).sections();
    }

    private List<Section> sections() {
        return List.of(controller(), what(), why(), howLong(), recipients(), rights(), complaint());
    }

    private Section controller() {
        List<String> paragraphs = new ArrayList<>();
        String organisation = setting(installation.controller(), "samverka.privacy.controller");
        if (!installation.organisationNumber().isEmpty()) {
            organisation = format("privacyNotice.controller.number", organisation, installation.organisationNumber());
        }
        paragraphs.add(format("privacyNotice.controller.text", organisation));
        if (!installation.address().isEmpty()) {
            paragraphs.add(format("privacyNotice.controller.address", installation.address()));
        }
        paragraphs.add(format("privacyNotice.controller.contact",
                setting(installation.contactEmail(), "samverka.privacy.contact-email")));
        if (installation.dpoName().isEmpty() && installation.dpoEmail().isEmpty()) {
            paragraphs.add(format("privacyNotice.controller.dpo", setting("", "samverka.privacy.dpo.name"), ""));
        } else {
            paragraphs.add(format("privacyNotice.controller.dpo", installation.dpoName(),
                    installation.dpoEmail().isEmpty() ? "" : " (" + installation.dpoEmail() + ")"));
        }
        return section("controller", paragraphs, List.of(), List.of());
    }

    private Section what() {
        return section("what", List.of(text("privacyNotice.what.text")), List.of(), List.of());
    }

    private Section why() {
        String basis = text("privacyNotice.basis." + installation.legalBasis());
        if (basis.startsWith("privacyNotice.basis.")) {
            basis = installation.legalBasis();
        }
        List<String> items = List.of(
                format("privacyNotice.why.registration", basis),
                text("privacyNotice.why.listed"),
                text("privacyNotice.why.needs"),
                text("privacyNotice.why.survey"),
                format("privacyNotice.why.meetings", basis));
        List<String> closing = installation.legalBasisNote().isEmpty() ? List.of()
                : List.of(installation.legalBasisNote());
        return section("why", List.of(text("privacyNotice.why.text")), items, closing);
    }

    private Section howLong() {
        List<String> items = new ArrayList<>();
        for (DataKind kind : DataKind.values()) {
            String what = text("privacyNotice.kind." + kind.key());
            String when = periods.apply(kind).map(this::period).orElseGet(() -> text("privacyNotice.retention.kept"));
            String item = format("privacyNotice.retention.item", what, when);
            if (kind == DataKind.MEETING_DATA) {
                item += " " + text("privacyNotice.retention.meetingSeries");
            }
            items.add(item);
        }
        return section("howLong", List.of(text("privacyNotice.howLong.text")), items,
                List.of(text("privacyNotice.howLong.after")));
    }

    private Section recipients() {
        return section("who", List.of(text("privacyNotice.who.text"), text("privacyNotice.who.public")), List.of(),
                List.of());
    }

    private Section rights() {
        List<String> items = List.of(text("privacyNotice.rights.link"), text("privacyNotice.rights.extract"),
                text("privacyNotice.rights.erasure"), text("privacyNotice.rights.consent"),
                format("privacyNotice.rights.other", setting(installation.contactEmail(), "samverka.privacy.contact-email")));
        return section("rights", List.of(text("privacyNotice.rights.text")), items, List.of());
    }

    private Section complaint() {
        return section("complaint", List.of(format("privacyNotice.complaint.text", installation.authority())),
                List.of(), List.of());
    }

    /** "30 dagar" / "10 år" after the end, as the rules count it. */
    private String period(Period period) {
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return format("privacyNotice.retention.years", period.getYears());
        }
        return format("privacyNotice.retention.days", RetentionRules.days(period));
    }

    private String setting(String value, String key) {
        return value.isEmpty() ? format("privacyNotice.notConfigured", key) : value;
    }

    private Section section(String id, List<String> paragraphs, List<String> items, List<String> closing) {
        return new Section(id, text("privacyNotice." + id + ".heading"), paragraphs, items, closing);
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    private String format(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
