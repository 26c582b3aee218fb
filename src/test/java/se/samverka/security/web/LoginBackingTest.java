package se.samverka.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void afterLoginOnlyPathsInsideTheApplication() {
        assertEquals("/admin/participants/index.xhtml?event=12", LoginBacking.safeNext("/admin/participants/index.xhtml?event=12"));
        assertEquals("/admin/", LoginBacking.safeNext(null));
        assertEquals("/admin/", LoginBacking.safeNext("https://evil.example/"));
        assertEquals("/admin/", LoginBacking.safeNext("//evil.example/"));
        assertEquals("/admin/", LoginBacking.safeNext("/\\evil.example/"));
        assertEquals("/admin/", LoginBacking.safeNext("/\t/evil.example/"), "browsers drop the tab: //evil.example");
        assertEquals("/admin/", LoginBacking.safeNext("/\n/evil.example/"));
        assertEquals("/admin/", LoginBacking.safeNext("/a b"));
    }
}
