package se.samverka.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The pooled datasource in use, for the code that works with plain JDBC (Flyway, job claims, badge sheets). It is
 * the application's own pool ({@link Database#JNDI_NAME}) unless {@code samverka.db.jndi} names another one: on
 * PostgreSQL {@code scripts/run} creates a server pool, {@code jdbc/samverka}, whose sizes are configuration
 * ({@code SAMVERKA_DB_POOL_MIN}/{@code _MAX}, config/postgres-pool.asadmin), and names it here. The persistence unit
 * follows the same key (persistence.xml), so that JPA and plain JDBC always share one pool.
 */
@ApplicationScoped
public class DataSourceLookup {

    private static final String KEY = "samverka.db.jndi";

    /** The JNDI name of the datasource in use. */
    private static String name() {
        return ConfigProvider.getConfig(DataSourceLookup.class.getClassLoader())
                .getOptionalValue(KEY, String.class).map(String::strip).filter(name -> !name.isEmpty())
                .orElse(Database.JNDI_NAME);
    }

    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        String name = name();
        try {
            return javax.naming.InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource " + name + " (" + KEY + ")", e);
        }
    }
}
