package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.RequestPattern;

import java.io.IOException;
import java.net.URL;

/** One way of doing a GET with {@link java.net.HttpURLConnection}; each implementation is one named pattern. */
public interface UrlConnectionPattern extends RequestPattern {

    @Override
    int get(URL url) throws IOException;
}
