package org.apache.http.impl.conn;

/** Test stand-in with the name and toString of httpclient 4.5's pool entry ({@code PoolEntry#toString}). */
public final class CPoolEntry {

    private final String route;

    public CPoolEntry(String route) {
        this.route = route;
    }

    @Override
    public String toString() {
        return "[id:0][route:" + route + "][state:null]";
    }
}
