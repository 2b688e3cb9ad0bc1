package dev.reuseagent.track;

import java.util.ArrayList;
import java.util.List;

/** Records every event the tracker sends, as "opened #1", "reused #1 idle=5", "closed #1 cause=stale". */
public final class RecordingSink implements EventSink {

    public final List<String> events = new ArrayList<>();
    /** The closed connections themselves, in order. */
    public final List<ConnectionRecord> closed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final boolean wantsReused;

    public RecordingSink(boolean wantsReused) {
        this.wantsReused = wantsReused;
    }

    @Override
    public void opened(ConnectionRecord c) {
        events.add("opened #" + c.id() + " reason=" + c.reason().label());
    }

    @Override
    public void reused(ConnectionRecord c, long idleNanos) {
        events.add("reused #" + c.id() + " idle=" + idleNanos + " uses=" + c.uses());
    }

    @Override
    public void closed(ConnectionRecord c, long ageNanos) {
        events.add("closed #" + c.id() + " cause=" + c.closeCause().label() + " age=" + ageNanos);
        closed.add(c);
    }

    @Override
    public void failedConnection(FailedConnection f) {
        events.add("failed " + f.originLabel() + " via " + f.client() + " error=" + f.error() + " at " + f.site());
    }

    @Override
    public boolean wantsReused() {
        return wantsReused;
    }

    public long count(String prefix) {
        return events.stream().filter(e -> e.startsWith(prefix)).count();
    }
}
