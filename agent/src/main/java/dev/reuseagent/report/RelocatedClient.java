package dev.reuseagent.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A relocated (shaded) copy of a known client, recognised in one class loader: the summary's agent section. */
public final class RelocatedClient {

    /** The client's name, as in {@code via}: {@code apache4}. */
    public final String client;
    /** Each library package and where the copy has it: {@code org.apache.http.} to {@code com.acme.shaded...}. */
    public final Map<String, String> packages;
    /** The class loader, described as in the notes. */
    public final String classLoader;

    public RelocatedClient(String client, Map<String, String> packages, String classLoader) {
        this.client = client;
        this.packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
        this.classLoader = classLoader;
    }
}
