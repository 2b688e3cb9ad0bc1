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

    @Test
    void bidirectionalOverridesAndIsolatesAreEscaped() {
        assertEquals("evil\\u202egnp.exe", SafeText.text("evil\u202egnp.exe"));
        assertEquals("\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202c\\u202d",
                SafeText.text("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d"));
    }

    @Test
    void directionMarksAndOtherFormatCharactersAreEscaped() {
        // LRM, RLM, zero-width space, zero-width joiner, soft hyphen, byte order mark, Arabic letter mark
        assertEquals("\\u200e\\u200f\\u200b\\u200d\\u00ad\\ufeff\\u061c",
                SafeText.text("\u200e\u200f\u200b\u200d\u00ad\ufeff\u061c"));
    }

    @Test
    void aSupplementaryFormatCharacterIsEscapedAsItsTwoUnits() {
        // U+E0001 LANGUAGE TAG, category Cf
        assertEquals("a\\udb40\\udc01b", SafeText.text("a" + new String(Character.toChars(0xE0001)) + "b"));
    }

    @Test
    void supplementaryLettersAndEmojiStay() {
        String s = "host-\uD835\uDC00-\uD83D\uDE00"; // MATHEMATICAL BOLD CAPITAL A, GRINNING FACE
        assertSame(s, SafeText.text(s));
    }

    @Test
    void aLoneSurrogateIsEscaped() {
        assertEquals("a\\ud800b", SafeText.text("a\ud800b"));
    }

    @Test
    void linesKeepsLineBreaksButEscapesTheRest() {
        assertEquals("summary\n  row \\u202e\\u0009x\r\n", SafeText.lines("summary\n  row \u202e\tx\r\n"));
        String plain = "summary\n  row";
        assertSame(plain, SafeText.lines(plain));
    }
}
