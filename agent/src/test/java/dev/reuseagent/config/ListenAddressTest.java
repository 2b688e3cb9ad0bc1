package dev.reuseagent.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListenAddressTest {

    private final ListenAddress.ParserOf parser = new ListenAddress.ParserOf();

    @Test
    void hostAndPortOrBracketedIpv6() {
        assertEquals("127.0.0.1:9464", parser.parse("127.0.0.1:9464").toString());
        assertEquals("localhost", parser.parse("localhost:0").host());
        assertEquals("::1", parser.parse("[::1]:9464").host());
        assertEquals("[::1]:9464", parser.parse("[::1]:9464").toString());
        assertEquals(65535, parser.parse("0.0.0.0:65535").port());
    }

    @Test
    void anythingElseSaysWhatIsAccepted() {
        for (String bad : new String[] {"9464", ":9464", "host:", "host:65536", "host:-1", "::1:9464", "host:٩٤٦٤",
                "host:94a", " host:1", "host:123456"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(bad), bad);
            assertEquals(ListenAddress.ParserOf.ACCEPTED, e.getMessage());
        }
    }
}
