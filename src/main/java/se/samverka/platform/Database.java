package se.samverka.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database: declares the pooled datasource, brings the schema up to date with Flyway when the
 * application starts and then announces {@link SchemaReady} so that features can seed their data.
 * <p>
 * This pool's sizes are constants: Payara 6 (6.2025.10) takes {@code minPoolSize}/{@code maxPoolSize} of a
 * {@code @DataSourceDefinition} as they are compiled, has no {@code fish.payara.*} property for them, and the same
 * definition in web.xml does expand {@code ${MPCONFIG=...}} but is refused by the descriptor's schema check before
 * that ("not a valid value for 'integer'"); in an application's glassfish-resources.xml a pool with
 * {@code ${MPCONFIG=...}} or {@code ${ENV=...}} sizes fails to be created (constants work; Payara allowed variables
 * in pool sizes, FISH-10151, only after 6.2025.10). It serves the H2 default and the tests. On PostgreSQL
 * scripts/run creates a server pool sized by configuration instead (config/postgres-pool.asadmin) and names it in
 * {@code samverka.db.jndi} ({@link DataSourceLookup}). Either way keep each instance's request threads (Payara
 * Micro's {@code --maxhttpthreads}, 32 in scripts/run) below the pool's maximum: a request waiting for a connection
 * must never be what one holding a connection and a row lock waits for (docs/performance.md, registration rush).
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = Database.JNDI_NAME,
            className = "se.samverka.platform.ConfiguredDataSource",
            minPoolSize = 2,
            maxPoolSize = 40,
            properties = {"fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=meta-data"}),
    // EclipseLink takes new blocks of ids through this pool, outside the caller's transaction (persistence.xml):
    // through the transaction's own connection it would hold its sequencing lock until that transaction commits,
    // and a transaction waiting there while it held a seat counter's row lock deadlocked with the one holding it.
    @DataSourceDefinition(
            name = Database.SEQUENCES_JNDI_NAME,
            className = "se.samverka.platform.ConfiguredDataSource",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4,
            properties = {"fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=meta-data"})
})
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/samverka";
    public static final String SEQUENCES_JNDI_NAME = "java:app/jdbc/samverka-sequences";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    JobClaims claims;

    /**
     * Brings the schema up to date. With several instances starting at once on PostgreSQL only one migrates: Flyway
     * (flyway-database-postgresql, {@code PostgreSQLAdvisoryLockTemplate}) takes a PostgreSQL advisory lock around
     * {@code migrate} ({@code pg_try_advisory_xact_lock}, transactional by default), and the other instance retries
     * until the lock is free ({@code lockRetryCount}: 50 retries by default, waiting longer each time), then finds the
     * migrations applied and has nothing to do. An upgrade therefore needs no orchestration: start the new version's
     * instances and the first one to get the lock migrates. (H2's file database admits one server process only:
     * clusters run on PostgreSQL.)
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Database schema up to date (no migrations to apply; another instance may have applied them)"
                : "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                        + " migrations applied)");
        warnWhenCommitsCanBeLost();
        announceSchemaReady();
    }

    /**
     * Announces the schema while holding the start-up claim: two instances started at once on an empty database
     * would otherwise both find no account and no event and both seed them. Without the claim (it could not be
     * taken) it announces anyway: a start is never refused for it.
     */
    private void announceSchemaReady() {
        AtomicBoolean announced = new AtomicBoolean();
        try {
            claims.exclusively("start-up", () -> {
                announced.set(true);
                schemaReady.fire(new SchemaReady());
            });
        } catch (SQLException e) {
            LOG.warning(() -> "The start-up claim failed: " + e.getMessage());
            if (!announced.get()) {
                schemaReady.fire(new SchemaReady());
            }
        }
    }

    /** A PostgreSQL server without fsync loses acknowledged commits when its machine crashes: say so loudly. */
    private void warnWhenCommitsCanBeLost() {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (var statement = connection.createStatement(); var fsync = statement.executeQuery("show fsync")) {
                if (fsync.next() && !"on".equalsIgnoreCase(fsync.getString(1))) {
                    LOG.severe("The PostgreSQL server runs with fsync=off: commits that Samverka acknowledges can be"
                            + " lost if the database machine crashes. Turn fsync on in production.");
                }
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Could not check the database's durability settings: " + e.getMessage());
        }
    }

    /** True when the database answers a trivial query within two seconds. */
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
