package org.benling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No hand-written class of the main code runs over {@value #MOST_LINES} lines (docs/architecture.md, "Anatomy of a
 * service"): past that a class holds more than one thing, and the next reader has to find which.
 */
class ClassSizeTest {

    static final int MOST_LINES = 250;

    @Test
    void noMainClassIsOverTheLimit() {
        List<String> over = ClockRulesTest.MODULES.stream()
                .map(m -> Path.of("..", m, "src", "main", "java"))
                .flatMap(ClassSizeTest::javaFiles)
                .filter(f -> lines(f) > MOST_LINES)
                .map(f -> f + ": " + lines(f) + " lines")
                .toList();
        assertEquals(List.of(), over);
    }

    @Test
    void theCountSeesTheSources() {
        assertTrue(javaFiles(Path.of("..", "platform", "src", "main", "java")).count() > 50,
                "the platform's sources are where the test expects them");
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
