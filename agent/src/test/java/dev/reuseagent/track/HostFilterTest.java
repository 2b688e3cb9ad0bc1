package dev.reuseagent.track;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostFilterTest {

    @Test
    void noGlobsAcceptEverything() {
        assertTrue(HostFilter.all().accepts("anything.example"));
    }

    @Test
    void starMatchesAnyRun() {
        HostFilter f = new HostFilter(List.of("*.example.com"), List.of());
        assertTrue(f.accepts("api.example.com"));
        assertTrue(f.accepts("a.b.example.com"));
        assertFalse(f.accepts("example.com"));
        assertFalse(f.accepts("api.example.org"));
    }

    @Test
    void questionMarkMatchesExactlyOneCharacter() {
        HostFilter f = new HostFilter(List.of("api?.example.com"), List.of());
        assertTrue(f.accepts("api1.example.com"));
        assertFalse(f.accepts("api.example.com"));
        assertFalse(f.accepts("api12.example.com"));
    }

    @Test
    void dotIsLiteral() {
        HostFilter f = new HostFilter(List.of("a.b"), List.of());
        assertTrue(f.accepts("a.b"));
        assertFalse(f.accepts("axb"));
    }

    @Test
    void regexCharactersAreLiteral() {
        HostFilter f = new HostFilter(List.of("a+b"), List.of());
        assertTrue(f.accepts("a+b"));
        assertFalse(f.accepts("aab"));
    }

    @Test
    void matchIsWholeHost() {
        HostFilter f = new HostFilter(List.of("example.com"), List.of());
        assertFalse(f.accepts("api.example.com"));
        assertFalse(f.accepts("example.com.evil"));
    }

    @Test
    void caseInsensitiveBothWays() {
        assertTrue(new HostFilter(List.of("*.EXAMPLE.com"), List.of()).accepts("Api.Example.COM"));
        assertFalse(new HostFilter(List.of(), List.of("API.example.com")).accepts("api.EXAMPLE.com"));
    }

    @Test
    void anyOfSeveralIncludesMatches() {
        HostFilter f = new HostFilter(List.of("localhost", "*.internal"), List.of());
        assertTrue(f.accepts("localhost"));
        assertTrue(f.accepts("db.internal"));
        assertFalse(f.accepts("example.com"));
    }

    @Test
    void excludeWinsOverInclude() {
        HostFilter f = new HostFilter(List.of("*.example.com"), List.of("metrics.example.com"));
        assertTrue(f.accepts("api.example.com"));
        assertFalse(f.accepts("metrics.example.com"));
    }

    @Test
    void excludeAloneRejectsOnlyItsMatches() {
        HostFilter f = new HostFilter(List.of(), List.of("*.internal"));
        assertFalse(f.accepts("db.internal"));
        assertTrue(f.accepts("example.com"));
    }
}
