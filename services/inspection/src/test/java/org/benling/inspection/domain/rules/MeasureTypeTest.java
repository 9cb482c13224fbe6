package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Supervision measures of the four forms (监督执纪\"四种形态\")")
class MeasureTypeTest {

    @ParameterizedTest(name = "{1} ({0}) is form {2}")
    @CsvSource({
            "TALK_REMINDER,       谈话提醒, 1",
            "CRITICISM_EDUCATION, 批评教育, 1",
            "WRITTEN_INQUIRY,     函询,     1",
            "ADMONISHMENT,        诫勉,     2",
            "WARNING,             警告,     2",
            "DEMERIT,             记过,     2",
            "MAJOR_DEMERIT,       记大过,   2",
            "DEMOTION,            降级,     3",
            "REMOVAL,             撤职,     3",
            "CASE_FILED,          立案审查, 4" })
    @DisplayName("each measure carries its Chinese name and its default form")
    void nameAndForm(MeasureType type, String chineseName, int form) {
        assertEquals(chineseName, type.chineseName(), "Chinese name");
        assertEquals(form, type.form(), "form");
    }

    @Test
    @DisplayName("form 1 is talk reminder, criticism and written inquiry (谈话提醒、批评教育、函询)")
    void formOne() {
        assertEquals(Set.of(MeasureType.TALK_REMINDER, MeasureType.CRITICISM_EDUCATION, MeasureType.WRITTEN_INQUIRY),
                ofForm(1));
    }

    @Test
    @DisplayName("form 2 is admonishment and light penalties (诫勉、警告、记过、记大过)")
    void formTwo() {
        assertEquals(Set.of(MeasureType.ADMONISHMENT, MeasureType.WARNING, MeasureType.DEMERIT,
                MeasureType.MAJOR_DEMERIT), ofForm(2));
    }

    @Test
    @DisplayName("form 3 is heavy penalties and major post changes (降级、撤职)")
    void formThree() {
        assertEquals(Set.of(MeasureType.DEMOTION, MeasureType.REMOVAL), ofForm(3));
    }

    @Test
    @DisplayName("form 4 is a case filed for review (立案审查)")
    void formFour() {
        assertEquals(Set.of(MeasureType.CASE_FILED), ofForm(4));
    }

    @Test
    @DisplayName("every measure belongs to one of the four forms, and every form has a measure")
    void onlyFourForms() {
        Set<Integer> forms = Arrays.stream(MeasureType.values()).map(MeasureType::form)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(1, 2, 3, 4)), forms);
    }

    private static Set<MeasureType> ofForm(int form) {
        return Arrays.stream(MeasureType.values()).filter(t -> t.form() == form).collect(Collectors.toSet());
    }
}
