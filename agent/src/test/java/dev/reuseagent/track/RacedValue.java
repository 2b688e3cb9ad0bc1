package dev.reuseagent.track;

/**
 * A value the map concurrency tests race, which says which key and which write it belongs to. {@code check} is
 * deliberately not final: a reader handed a value that was published without a happens-before edge could see it
 * unset.
 */
final class RacedValue {
    final int key;
    final int version;
    int check;

    RacedValue(int key, int version) {
        this.key = key;
        this.version = version;
        this.check = key * 31 + version + 1;
    }

    boolean intact() {
        return check == key * 31 + version + 1;
    }

    @Override
    public String toString() {
        return "key " + key + " v" + version;
    }
}
