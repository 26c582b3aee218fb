package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;

/** People clicking through the programme in real Chromium: the public page, the language switch, the editor. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeBrowserIT {

    private static final String DEMO = "/e/samverkanskonferens-degerforsmodellen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deploymentUrl;

    private Browser browser;
    private URI base;

    @BeforeEach
    void openBrowser() {
        base = Deployments.base(deploymentUrl);
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    @Test
    void theProgrammeIsInSwedishAndSwitchesToEnglish() {
        browser.go(DEMO);
        assertEquals("Samverkanskonferens Degerforsmodellen", browser.find(By.id("event-title")).getText());
        assertEquals("sv", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        String swedish = browser.text();
        assertTrue(swedish.contains("Program"), swedish);
        assertTrue(swedish.contains("Risk- och skyddsfaktorer i det förebyggande arbetet"));
        assertTrue(swedish.contains("Henrik Andershed"));
        assertTrue(swedish.contains("Örebro universitet"));
        assertTrue(swedish.contains("Talare"));

        browser.clickable(By.id("lang-en")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Speakers"));
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        String english = browser.text();
        assertTrue(english.contains("Programme"), english);
        assertTrue(english.contains("Download the programme (PDF)"));

        browser.go(DEMO);
        assertTrue(browser.text().contains("Speakers"), "the choice of language lasts for the visit");
    }

    @Test
    void adminPagesAskForALogin() {
        browser.go("/admin/");
        browser.waitUntil(ExpectedConditions.urlContains("/login.xhtml"));
        browser.type(By.id("login:username"), "admin");
        browser.type(By.id("login:password"), "fel-lösenord");
        browser.clickable(By.id("login:submit")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Fel användarnamn eller lösenord."));

        browser.loginAsAdmin();
        assertTrue(browser.text().contains("Samverkanskonferens Degerforsmodellen"));
        browser.clickable(By.id("logout-form:logout")).click();
        browser.waitUntil(ExpectedConditions.urlContains("loggedOut=true"));
        browser.go("/admin/");
        browser.waitUntil(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void anUnknownEventIsAFriendly404() {
        browser.go("/e/finns-inte");
        assertEquals("Sidan finns inte", browser.find(By.id("error-title")).getText());
    }
}
