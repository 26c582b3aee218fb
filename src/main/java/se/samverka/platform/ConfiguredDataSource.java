package se.samverka.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's database, chosen by configuration ({@code samverka.db.url}): an H2 file by
 * default, PostgreSQL in production. Payara pools the connections this class opens; the JDBC
 * driver is picked from the URL so that one datasource definition serves both databases.
 * <p>
 * Whatever URL is configured, a commit is on disk before it returns (see {@link DurableUrl}): an
 * answer of 201 survives a {@code kill -9}.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public ConfiguredDataSource() {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        url = DurableUrl.of(config.getOptionalValue("samverka.db.url", String.class).orElse("jdbc:h2:file:./data/samverka"));
        user = config.getOptionalValue("samverka.db.user", String.class).orElse("");
        password = config.getOptionalValue("samverka.db.password", String.class).orElse("");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        properties.setProperty("password", pass == null ? "" : pass);
        DurableUrl.connectionProperties(url).forEach(properties::setProperty);
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + url);
        }
        return connection;
    }

    static Driver driverFor(String url) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            return new org.h2.Driver();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new org.postgresql.Driver();
        }
        throw new SQLException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + url);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        if (url != null && !url.isBlank()) {
            this.url = DurableUrl.of(url);
        }
    }

    public void setUser(String user) {
        if (user != null && !user.isBlank()) {
            this.user = user;
        }
    }

    public void setPassword(String password) {
        if (password != null && !password.isEmpty()) {
            this.password = password;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
