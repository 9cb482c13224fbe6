package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One code per voter, no login: codes that cannot be mistyped into another, kept only as the session's digests. */
class VoterCodesTest {

    @Test
    void aSessionsCodesAreDistinctTenCharactersWithoutLookAlikes() {
        List<String> codes = VoterCodes.issue(500, new SecureRandom());
        assertEquals(500, new HashSet<>(codes).size());
        for (String code : codes) {
            assertEquals(VoterCodes.LENGTH, code.length());
            assertTrue(code.chars().noneMatch(c -> "01OI".indexOf(c) >= 0), code);
        }
    }

    @Test
    void aCodeIsReadAsTypedOnAPhoneAndAnythingElseIsNoCode() {
        String code = VoterCodes.issue(1, new SplittableRandom(7)).get(0);
        String printed = VoterCodes.printable(code);
        assertEquals(11, printed.length());
        assertEquals(Optional.of(code), VoterCodes.normalise(" " + printed.toLowerCase() + " "));
        assertEquals(Optional.empty(), VoterCodes.normalise(code.substring(1)));
        assertEquals(Optional.empty(), VoterCodes.normalise(code.substring(1) + "0"), "0 is never in a code");
        assertEquals(Optional.empty(), VoterCodes.normalise(null));
    }

    @Test
    void theDigestDependsOnTheSessionsSecretSoACodeOfOneSessionIsForgedInAnother() {
        String code = VoterCodes.issue(1, new SplittableRandom(11)).get(0);
        byte[] one = "session-one-secret".getBytes(StandardCharsets.UTF_8);
        byte[] two = "session-two-secret".getBytes(StandardCharsets.UTF_8);
        assertEquals(VoterCodes.digest(one, code), VoterCodes.digest(one, code));
        assertNotEquals(VoterCodes.digest(one, code), VoterCodes.digest(two, code));
        assertEquals(64, VoterCodes.digest(one, code).length());
    }
}
