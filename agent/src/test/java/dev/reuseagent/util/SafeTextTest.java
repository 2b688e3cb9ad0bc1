package dev.reuseagent.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SafeTextTest {

    @Test
    void nullBecomesTheWordNull() {
        assertEquals("null", SafeText.text(null));
    }

    @Test
    void safeTextIsReturnedAsIs() {
        String s = "com.acme.Export.fetch(Export.java:42) ünïcødé ✓";
        assertSame(s, SafeText.text(s));
    }

    @Test
    void newlineAndCarriageReturnAreEscaped() {
        assertEquals("a\\u000d\\u000ab", SafeText.text("a\r\nb"));
    }

    @Test
    void tabAndEscapeAreEscaped() {
        assertEquals("\\u0009x\\u001b[31m", SafeText.text("\tx\u001b[31m"));
    }

    @Test
    void deleteAndC1ControlsAreEscaped() {
        assertEquals("\\u007f\\u0085", SafeText.text("\u007f\u0085"));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertEquals("a\\u2028b\\u2029c", SafeText.text("a\u2028b\u2029c"));
    }

    @Test
    void textBeforeTheFirstUnsafeCharacterIsKept() {
        assertEquals("prefix-\\u0000-suffix", SafeText.text("prefix-\u0000-suffix"));
    }

    @Test
    void emptyStringStaysEmpty() {
        assertEquals("", SafeText.text(""));
    }
}
