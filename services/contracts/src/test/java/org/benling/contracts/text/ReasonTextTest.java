package org.benling.contracts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.benling.contracts.assessment.Grade;
import org.junit.jupiter.api.Test;

class ReasonTextTest {

    @Test
    void aReasonReadsInTheReadersLanguageOrInBothForAClientThatNamedNone() {
        Reason r = Reason.of("effect.NO_EXCELLENT", "year", 2026);

        assertEquals("受处分或组织处理影响，2026 年度不得评为优秀", r.text("zh"));
        assertEquals("under a supervision measure: 2026 cannot be graded excellent", r.text("en"));
        assertEquals(r.text("zh") + " / " + r.text("en"), r.text(null));
    }

    @Test
    void enumsAreWordsOfTheLanguageAndReasonsNestInsideReasons() {
        Reason grade = Reason.of("eligibility.RECENT_GRADE", "year", 2025, "grade", Grade.BASICALLY_COMPETENT,
                "considered", 3);
        Reason influence = Reason.of("eligibility.MEASURE_IN_INFLUENCE", "until", LocalDate.of(2027, 6, 1));
        Reason posting = Reason.of("posting.not-eligible", "cadre", "张三", "reasons", List.of(grade, influence));

        assertEquals("张三 不能提名挂职锻炼：2025 年度考核为基本称职（近 3 年考核结果）；受处分或组织处理影响，影响期至 2027-06-01",
                posting.text("zh"));
        assertEquals("张三 cannot be nominated for a posting: the 2025 annual result is basically competent (one of the last"
                + " 3); under a supervision measure's influence until 2027-06-01", posting.text("en"));
    }

    @Test
    void aCodeWithoutATextIsADefectNotABlank() {
        assertThrows(IllegalArgumentException.class, () -> Reason.of("effect.SOMETHING_NEW").text("zh"));
    }

    @Test
    void bothLanguagesHaveEveryTextWithTheSamePlaceholders() throws IOException {
        Properties zh = load("zh");
        Properties en = load("en");

        assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertEquals(placeholders(zh.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonText.class.getResourceAsStream("reasons_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(text);
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
