package org.benling.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CallerLanguageTest {

    @Test
    void theLanguageTheCallerRanksFirstAmongChineseAndEnglish() {
        assertEquals("zh", CallerLanguage.of("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals("en", CallerLanguage.of("en-US"));
        assertEquals("en", CallerLanguage.of("zh;q=0.5, en;q=0.9"));
        assertEquals("zh", CallerLanguage.of("fr-FR, zh-Hans;q=0.7"));
    }

    @Test
    void noneMalformedOrOnlyOthersMeansBoth() {
        assertNull(CallerLanguage.of(null));
        assertNull(CallerLanguage.of(" "));
        assertNull(CallerLanguage.of("fr-FR, de;q=0.5"));
        assertNull(CallerLanguage.of("*"));
        assertNull(CallerLanguage.of("zh;q=abc,,"));
    }
}
