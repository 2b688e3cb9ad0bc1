package dev.reuseagent.client.apache;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * What a connection manager that a builder makes for itself is made of: the builder settings that reach the
 * manager. Two builders with equal keys would build managers that behave the same, so their clients may share
 * one. A setting is either a value (written into the key's text: numbers, flags, system properties, the text of
 * an immutable config whose {@code toString} lists every field) or an object compared by identity (an
 * {@code SSLContext}, a socket factory, a resolver: equal only if it is the same instance). Identity parts are held
 * weakly, so a key never keeps an application's object alive by itself.
 */
public final class ManagerKey {

    private final StringBuilder text = new StringBuilder();
    private final List<WeakReference<Object>> identities = new ArrayList<>();
    private int hash;

    /** A setting compared by value: {@code name=value}. */
    public ManagerKey value(String name, Object value) {
        text.append(name).append('=').append(value).append(';');
        return this;
    }

    /** A setting compared by identity; null is a value (the builder's default). */
    public ManagerKey identity(String name, Object object) {
        if (object == null) {
            return value(name, "default");
        }
        text.append(name).append("=#").append(identities.size()).append(';');
        identities.add(new WeakReference<>(object));
        return this;
    }

    /** Whether an object compared by identity is part of the key. */
    public boolean hasIdentities() {
        return !identities.isEmpty();
    }

    /** The key's values, with identity parts as {@code #n}: for messages, never compared alone. */
    public String text() {
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ManagerKey)) {
            return false;
        }
        ManagerKey other = (ManagerKey) o;
        if (!text.toString().equals(other.text.toString()) || identities.size() != other.identities.size()) {
            return false;
        }
        for (int i = 0; i < identities.size(); i++) {
            Object mine = identities.get(i).get();
            if (mine == null || mine != other.identities.get(i).get()) {
                return false; // a collected part equals nothing: its builders are gone
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        if (hash == 0) {
            int h = text.toString().hashCode();
            for (WeakReference<Object> part : identities) {
                h = 31 * h + System.identityHashCode(part.get());
            }
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return text();
    }
}
