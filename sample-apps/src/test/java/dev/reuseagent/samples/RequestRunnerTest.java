package dev.reuseagent.samples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestRunnerTest {

    @Test
    void requestsAreSplitEvenlyRemainderFirst() {
        assertEquals(4, RequestRunner.shareOf(0, 10, 3));
        assertEquals(3, RequestRunner.shareOf(1, 10, 3));
        assertEquals(3, RequestRunner.shareOf(2, 10, 3));
        assertEquals(1, RequestRunner.shareOf(1, 2, 4));
        assertEquals(0, RequestRunner.shareOf(3, 2, 4));
    }
}
