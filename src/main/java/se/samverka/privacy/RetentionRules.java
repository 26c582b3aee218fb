package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The installation's retention periods, one per {@link DataKind}, from MicroProfile Config
 * ({@code samverka.retention.<kind>.days}, or {@code samverka.retention.certificates.years}; environment variables
 * such as {@code SAMVERKA_RETENTION_NEEDS_DAYS} work too). The value {@code off} keeps that kind of data (a blank value counts as unset in MicroProfile Config, so it gives
 * the default); a negative or unreadable one is refused (the retention job checks every key at start) rather than
 * keeping data longer or shorter than decided.
 * An event may override a period for itself (table retention_override; see the retention service).
 */
@ApplicationScoped
public class RetentionRules {

    /** The configured period of a kind, or empty when that kind is kept. */
    public Optional<Period> period(DataKind kind) {
        Config config = ConfigProvider.getConfig(RetentionRules.class.getClassLoader());
        Optional<Integer> configured = read(config, key(kind), kind);
        return kind == DataKind.CERTIFICATES ? configured.map(Period::ofYears) : configured.map(Period::ofDays);
    }

    /**
     * Every kind's period, reading every key: a bad value fails here, naming its key (the retention job calls this
     * at start so that a mistake fails the deployment rather than a night's run).
     */
    public java.util.Map<DataKind, Optional<Period>> all() {
        java.util.Map<DataKind, Optional<Period>> all = new java.util.EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            all.put(kind, period(kind));
        }
        return all;
    }

    /** The configuration key of a kind. */
    public static String key(DataKind kind) {
        return kind == DataKind.CERTIFICATES ? "samverka.retention.certificates.years"
                : "samverka.retention." + kind.key() + ".days";
    }

    /**
     * Where the period of a kind comes from when the installation sets it (an environment variable, a system
     * property, ...: the name of that configuration source); empty when it is Samverka's default, built in or from the
     * WAR's own microprofile-config.properties (ordinal 100).
     */
    public Optional<String> source(DataKind kind) {
        org.eclipse.microprofile.config.ConfigValue value = ConfigProvider.getConfig(
                RetentionRules.class.getClassLoader()).getConfigValue(key(kind));
        return value.getValue() == null || value.getSourceOrdinal() <= SHIPPED_ORDINAL ? Optional.empty()
                : Optional.ofNullable(value.getSourceName());
    }

    /** The ordinal of the WAR's own META-INF/microprofile-config.properties, where Samverka's defaults are written. */
    private static final int SHIPPED_ORDINAL = 100;

    /** The period in days, as the API and the privacy notice state it (a year counts 365 days). */
    public static int days(Period period) {
        return period.getYears() * 365 + period.getMonths() * 30 + period.getDays();
    }

    /** The first day on which data of this kind from something that ended on {@code end} is due for removal. */
    public static LocalDate dueFrom(LocalDate end, Period period) {
        return end.plus(period).plusDays(1);
    }

    private static Optional<Integer> read(Config config, String key, DataKind kind) {
        return parse(key, config.getOptionalValue(key, String.class), kind);
    }

    /** A configured value read: unset gives the kind's default, "off" keeps, else a whole number 0 or more. */
    static Optional<Integer> parse(String key, Optional<String> text, DataKind kind) {
        if (text.isEmpty()) {
            return kind.defaultPeriod() == null ? Optional.empty()
                    : Optional.of(kind == DataKind.CERTIFICATES ? kind.defaultPeriod().getYears() : days(kind.defaultPeriod()));
        }
        String value = text.get().strip();
        if (value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new IllegalStateException(key + " must be 0 or more, or off to keep the data: " + value);
            }
            return Optional.of(number);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " must be a whole number, or off to keep the data: " + value, e);
        }
    }
}
