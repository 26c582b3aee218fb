package se.samverka.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void codesAreTwelveCrockfordCharactersInThreeGroupsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateCodes.newCode();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
            assertTrue(seen.add(code), "60 random bits: no repeat in 10,000");
        }
    }

    @Test
    void aTypedCodeIsReadForgivingly() {
        assertEquals(Optional.of("7KQM-2XH9-TR4B"), CertificateCodes.normalised("7kqm 2xh9 tr4b"));
        assertEquals(Optional.of("7KQM-2XH9-TR4B"), CertificateCodes.normalised("7KQM2XH9TR4B"));
        assertEquals(Optional.of("0K1M-2XH9-TR4B"), CertificateCodes.normalised("OKIM-2XH9-TR4B"), "O is 0, I is 1");
        assertEquals(Optional.of("1KQM-2XH9-TR4B"), CertificateCodes.normalised("lKQM-2XH9-TR4B"), "L is 1");
        assertEquals(Optional.empty(), CertificateCodes.normalised("UKQM-2XH9-TR4B"), "no U");
        assertEquals(Optional.empty(), CertificateCodes.normalised("7KQM-2XH9"));
        assertEquals(Optional.empty(), CertificateCodes.normalised("7KQM-2XH9-TR4B-0000"));
        assertEquals(Optional.empty(), CertificateCodes.normalised("7KQM-2XH9-TR4\u0000"));
    }
}
