package org.apache.http.impl.conn;

/** Test stand-in with the name of httpclient 4.5's pool class, which the hooks recognise by name. */
public final class CPool {
}
