package org.benling.selection.domain.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The one-time codes of a voting session: one per voter, printed or sent, typed on the ballot page instead of a login.
 * A code is ten characters of an alphabet without the look-alikes 0/O and 1/I (50 bits: guessing one of a few hundred
 * codes of a session takes about 10^12 tries). The session keeps only each code's digest, salted with the session's
 * own secret, and whether it has voted; the ballot it cast is counted without the code (see the service's storage),
 * so that nothing in the database ties a ballot to a code.
 */
public final class VoterCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;

    private VoterCodes() {
    }

    /** {@code count} distinct codes drawn from {@code random} (a {@link java.security.SecureRandom} in production). */
    public static List<String> issue(int count, RandomGenerator random) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one code: " + count);
        }
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            StringBuilder code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return List.copyOf(codes);
    }

    /** A code as typed (any case, spaces and dashes between the groups), or empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** As printed: two groups of five. */
    public static String printable(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** What the session keeps of a code: SHA-256 over the session's secret and the code, in hex. */
    public static String digest(byte[] sessionSecret, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(sessionSecret);
            sha.update(code.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
