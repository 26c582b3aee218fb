package se.samverka.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;
import se.samverka.platform.PublicAddress;

/**
 * The session cookie is {@code Secure} whenever users reach Samverka over HTTPS: Payara marks it so for a
 * request that arrives over HTTPS, but behind a load balancer that ends TLS the request arrives as HTTP, so
 * an {@code https} {@code samverka.base-url} marks it always. (HttpOnly is in web.xml, SameSite=Lax in
 * glassfish-web.xml.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String baseUrl = ConfigProvider.getConfig(SessionCookies.class.getClassLoader())
                .getOptionalValue("samverka.base-url", String.class).orElse("http://localhost:8080");
        if (new PublicAddress(baseUrl).isHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
