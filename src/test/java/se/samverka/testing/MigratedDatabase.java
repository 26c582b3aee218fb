package se.samverka.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database with the application's schema (its Flyway migrations, as the application runs them), for tests of
 * plain-JDBC parts without a server: an in-memory H2 or a database on the test JVM's embedded PostgreSQL.
 */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    /** A new in-memory H2 database, kept while the JVM runs. */
    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        return migrated(h2);
    }

    /** A new database on the embedded PostgreSQL (started on first use, about 3 s). */
    public static DataSource postgres() {
        String url = EmbeddedPostgresServer.newDatabase("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser(EmbeddedPostgresServer.USER);
        postgres.setPassword(EmbeddedPostgresServer.PASSWORD);
        return migrated(postgres);
    }

    /** By name, for parameterised tests: "h2" or "postgresql". */
    public static DataSource of(String database) {
        return "postgresql".equals(database) ? postgres() : h2();
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure(MigratedDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }
}
