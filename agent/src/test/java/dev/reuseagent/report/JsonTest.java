package dev.reuseagent.report;

import dev.reuseagent.util.JsonReader;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {

    private static String string(String value) {
        return new Json().value(value).toString();
    }

    @Test
    void quoteIsEscaped() {
        assertEquals("\"a\\\"b\"", string("a\"b"));
    }

    @Test
    void backslashIsEscaped() {
        assertEquals("\"C:\\\\tmp\"", string("C:\\tmp"));
    }

    @Test
    void commonControlCharactersUseShortEscapes() {
        assertEquals("\"\\n\\r\\t\"", string("\n\r\t"));
    }

    @Test
    void otherControlCharactersUseUnicodeEscapes() {
        assertEquals("\"\\u0000\\u0001\\u001f\\u007f\\u0085\"", string("\u0000\u0001\u001f\u007f\u0085"));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertEquals("\"a\\u2028b\\u2029\"", string("a\u2028b\u2029"));
    }

    @Test
    void formatCharactersAreEscapedAndRoundTrip() {
        String bidi = "a\u202eb\u2066c\u200fd" + new String(Character.toChars(0xE0001));
        String json = string(bidi);
        assertEquals("\"a\\u202eb\\u2066c\\u200fd\\udb40\\udc01\"", json);
        assertEquals(bidi, JsonReader.parse(json));
    }

    @Test
    void nonAsciiIsKept() {
        assertEquals("\"ünïcødé ✓\"", string("ünïcødé ✓"));
    }

    @Test
    void escapedStringRoundTrips() {
        String nasty = "q\" b\\ n\n c\u0001 d\u2028 e\u007f /";
        assertEquals(nasty, JsonReader.parse(string(nasty)));
    }

    @Test
    void nullStringIsJsonNull() {
        assertEquals("null", string(null));
    }

    @Test
    void doublesHaveOneDecimalInRootLocale() {
        assertEquals("97.0", new Json().value(97.0).toString());
        assertEquals("24.6", new Json().value(24.6).toString());
    }

    @Test
    void objectsAndArraysGetCommas() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("first-use", 1L);
        counts.put("pool-busy", 2L);
        String json = new Json().beginObject()
                .field("s", "x").field("n", 3).field("d", 1.5)
                .name("a").beginArray().value(1).value("two").beginObject().endObject().endArray()
                .counts("c", counts)
                .name("b").value(true)
                .endObject().toString();
        assertEquals("{\"s\":\"x\",\"n\":3,\"d\":1.5,\"a\":[1,\"two\",{}],\"c\":{\"first-use\":1,\"pool-busy\":2},"
                + "\"b\":true}", json);
        Map<String, Object> parsed = JsonReader.object(JsonReader.parse(json));
        assertEquals(List.of(1.0, "two", Map.of()), parsed.get("a"));
    }

    @Test
    void emptyCountsIsAnEmptyObject() {
        assertEquals("{\"c\":{}}", new Json().beginObject().counts("c", Map.of()).endObject().toString());
    }
}
