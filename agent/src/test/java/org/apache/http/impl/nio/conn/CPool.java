package org.apache.http.impl.nio.conn;

/** Test stand-in with the name of httpasyncclient 4.1's pool class, which the hooks recognise by name. */
public final class CPool {
}
