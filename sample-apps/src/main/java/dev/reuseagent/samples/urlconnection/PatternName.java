package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.Tls;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The pattern names accepted on the command line (a contract with the integration tests) and their classes. */
public enum PatternName {
    SHARED("shared", SharedFactoryPattern::new),
    BODY_NOT_CONSUMED("body-not-consumed", BodyNotConsumedPattern::new),
    BODY_NOT_CLOSED("body-not-closed", BodyNotClosedPattern::new),
    DISCONNECT("disconnect", DisconnectPattern::new),
    DISCONNECT_UNREAD("disconnect-unread", DisconnectUnreadPattern::new),
    BODY_PARTLY_READ("body-partly-read", BodyPartlyReadPattern::new),
    ERROR_BODY_UNREAD("error-body-unread", ErrorBodyUnreadPattern::new),
    NEW_SSL_FACTORY("new-ssl-factory", NewSslFactoryPattern::new),
    KEEPALIVE_OFF("keepalive-off", KeepAliveOffPattern::new),
    POST_EXPECT_CONTINUE("post-expect-continue", ExpectContinuePostPattern::new),
    CONNECTION_CLOSE("connection-close", ConnectionClosePattern::new);

    private final String cliName;
    private final Function<Tls, UrlConnectionPattern> constructor;

    PatternName(String cliName, Function<Tls, UrlConnectionPattern> constructor) {
        this.cliName = cliName;
        this.constructor = constructor;
    }

    public String cliName() {
        return cliName;
    }

    public UrlConnectionPattern newPattern(Tls tls) {
        return constructor.apply(tls);
    }

    public static Optional<PatternName> byCliName(String name) {
        return Arrays.stream(values()).filter(p -> p.cliName.equals(name)).findFirst();
    }

    /** "shared, body-not-consumed, ..." for error messages and help. */
    public static String cliNames() {
        return Arrays.stream(values()).map(PatternName::cliName).collect(Collectors.joining(", "));
    }
}
