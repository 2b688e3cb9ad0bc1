/**
 * Netty's {@code SslHandler} (netty-handler 4.2.17 verified): pairs each handler's JDK {@code SSLEngine} with the
 * channel whose connect {@code client/netty} reported, so the transport's SSLEngine hooks count the handshake on
 * that connect (full or resumed, duration). A slice apart from {@code client/netty}: netty-handler may be absent
 * where netty-transport is present. Engines of the OpenSSL provider (netty-tcnative) are not the JDK's: their
 * handshakes are not seen.
 */
package dev.reuseagent.client.nettytls;
