package org.benling.inspection.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The random spot-check of 个人有关事项报告 (随机抽查), drawn so that anyone can recompute it from what is published with
 * it: the seed and the ordered list of the year's reporters.
 *
 * <ol>
 * <li>The list: the reporters' ids (lower-case, hyphenated), distinct, in ascending order; its digest is the
 * SHA-256 of the ids joined by line feeds (hex).</li>
 * <li>Each reporter's rank is the SHA-256 (hex) of {@code seed + ":" + digest + ":" + id}; the sample is the
 * reporters with the lowest ranks, as many as the rate of the list rounded up (at least 10% are checked).</li>
 * </ol>
 *
 * In a shell, with the list in {@code list.txt} (one id a line, sorted):
 * {@code D=$(printf '%s' "$(cat list.txt)" | sha256sum | cut -c1-64); while read id; do printf '%s %s\n'
 * "$(printf '%s' "$SEED:$D:$id" | sha256sum | cut -c1-64)" "$id"; done < list.txt | sort | head -n K}.
 * The digest in each rank makes the sample depend on the whole list: a reporter added or left out draws anew.
 */
public final class SpotCheckSample {

    /** A draw: the published inputs and the sample, in rank order. */
    public record Draw(String seed, String listDigest, List<UUID> reporters, List<UUID> sample) {
    }

    private SpotCheckSample() {
    }

    /** How many of {@code reporters} a rate draws: the share rounded up (none of none). */
    public static int size(int reporters, BigDecimal rate) {
        return BigDecimal.valueOf(reporters).multiply(rate).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public static Draw draw(String seed, List<UUID> reporters, BigDecimal rate) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("a draw needs a seed");
        }
        List<UUID> ordered = reporters.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
        String digest = sha256(String.join("\n", ordered.stream().map(UUID::toString).toList()));
        List<UUID> sample = ordered.stream()
                .map(id -> new Ranked(sha256(seed + ":" + digest + ":" + id), id))
                .sorted(Comparator.comparing(Ranked::rank))
                .limit(size(ordered.size(), rate))
                .map(Ranked::id).toList();
        return new Draw(seed, digest, ordered, sample);
    }

    private record Ranked(String rank, UUID id) {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
