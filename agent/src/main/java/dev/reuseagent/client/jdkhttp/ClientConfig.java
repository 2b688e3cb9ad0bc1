package dev.reuseagent.client.jdkhttp;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ProxySelector;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Everything a {@code HttpClient.Builder} (JDK class {@code jdk.internal.net.http.HttpClientBuilderImpl}) was set
 * to, comparable: two builders with equal configurations build clients that behave the same, so one client can
 * serve both. Every field of the builder is read, and a builder class with a field this class does not know is
 * refused as a whole: a later JDK's new setting can never be merged by mistake.
 *
 * <p>The fields, as of JDK 17 (all but {@code localAddr}) and 25 ({@code HttpClientBuilderImpl.java}):
 * compared by identity, since a shared client would use the very same object: {@code cookieHandler}, {@code proxy},
 * {@code authenticator}, {@code executor}, {@code sslContext}; by {@code equals}: {@code connectTimeout}
 * ({@code Duration}), {@code followRedirects}, {@code version}, {@code priority}, {@code localAddr}.
 * {@code sslParams} has no equality (the builder keeps its own copy), so a builder that sets it is never merged.
 * Unset proxy and SSL context stand for the JVM defaults the client takes when it is built
 * ({@code ProxySelector.getDefault()}, {@code SSLContext.getDefault()}): those are compared too, so a default
 * changed between two builds keeps them apart.
 */
final class ClientConfig {

    static final List<String> BY_IDENTITY = List.of("cookieHandler", "proxy", "authenticator", "executor",
            "sslContext");
    static final List<String> BY_VALUE = List.of("connectTimeout", "followRedirects", "version", "priority",
            "localAddr");
    static final String SSL_PARAMETERS = "sslParams";

    /** The identity-compared values, then the JVM defaults in use (proxy selector, SSL context). */
    private final Object[] identities;
    private final Object[] values;

    ClientConfig(Object[] identities, Object[] values) {
        this.identities = identities;
        this.values = values;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ClientConfig)) {
            return false;
        }
        ClientConfig other = (ClientConfig) o;
        if (identities.length != other.identities.length || !Arrays.equals(values, other.values)) {
            return false;
        }
        for (int i = 0; i < identities.length; i++) {
            if (identities[i] != other.identities[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(values);
        for (Object o : identities) {
            h = 31 * h + System.identityHashCode(o);
        }
        return h;
    }

    /** Reads builders of one class; built once per JVM, the first time a builder is seen. */
    static final class Reader {
        private final Class<?> builderClass;
        private final Field[] identityFields;
        private final Field[] valueFields;
        private final Field sslParameters;
        private final Field proxy;
        private final Field sslContext;
        /** Why builders of this class are never merged, or null. */
        private final String refusal;

        /** Looks up every instance field of {@code builderClass}; its package must be open to the agent. */
        Reader(Class<?> builderClass) {
            this.builderClass = builderClass;
            List<Field> identity = new ArrayList<>();
            List<Field> value = new ArrayList<>();
            Field params = null;
            String unknown = null;
            for (Class<?> c = builderClass; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    String name = f.getName();
                    if (BY_IDENTITY.contains(name) && c == builderClass) {
                        identity.add(accessible(f));
                    } else if (BY_VALUE.contains(name) && c == builderClass) {
                        value.add(accessible(f));
                    } else if (SSL_PARAMETERS.equals(name) && c == builderClass) {
                        params = accessible(f);
                    } else if (unknown == null) {
                        unknown = c.getName() + "." + name;
                    }
                }
            }
            this.identityFields = identity.toArray(new Field[0]);
            this.valueFields = value.toArray(new Field[0]);
            this.sslParameters = params;
            this.proxy = named(identityFields, "proxy");
            this.sslContext = named(identityFields, "sslContext");
            if (unknown != null) {
                refusal = "the HttpClient builder of this JDK has a setting the agent does not know (" + unknown
                        + "): no two of its clients are merged";
            } else if (identityFields.length != BY_IDENTITY.size() || params == null || proxy == null
                    || sslContext == null || valueFields.length < BY_VALUE.size() - 1) {
                refusal = "the HttpClient builder of this JDK lacks settings the agent expects: no two of its clients "
                        + "are merged";
            } else {
                refusal = null;
            }
        }

        private static Field accessible(Field f) {
            f.setAccessible(true);
            return f;
        }

        private static Field named(Field[] fields, String name) {
            for (Field f : fields) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
            return null;
        }

        boolean reads(Class<?> type) {
            return type == builderClass;
        }

        /** Why no builder of this class is ever merged, or null. */
        String refusal() {
            return refusal;
        }

        /**
         * The builder's configuration, or null when this one cannot be merged: it sets SSL parameters, or the JVM
         * has no default SSL context.
         */
        ClientConfig read(Object builder) throws IllegalAccessException {
            if (refusal != null || sslParameters.get(builder) != null) {
                return null;
            }
            Object[] identities = new Object[identityFields.length + 2];
            for (int i = 0; i < identityFields.length; i++) {
                identities[i] = identityFields[i].get(builder);
            }
            identities[identityFields.length] = proxy.get(builder) == null ? ProxySelector.getDefault() : null;
            if (sslContext.get(builder) == null) {
                try {
                    identities[identityFields.length + 1] = SSLContext.getDefault();
                } catch (NoSuchAlgorithmException e) {
                    return null;
                }
            }
            Object[] values = new Object[valueFields.length];
            for (int i = 0; i < valueFields.length; i++) {
                values[i] = valueFields[i].get(builder);
            }
            return new ClientConfig(identities, values);
        }

        /** Why {@link #read} returned null for this builder (after the class passed). */
        static String whyNot() {
            return "a builder that sets sslParameters (which have no equality), or a JVM without a default SSL "
                    + "context: such clients are not merged";
        }
    }
}
