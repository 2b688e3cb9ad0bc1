package dev.reuseagent.samples.feign;

import feign.RequestLine;
import feign.Response;

import java.net.URI;

/**
 * The application's API as Feign sees it. Package-private on purpose, as interfaces used within one package often
 * are: the JDK then defines its proxy in this package ({@code dev.reuseagent.samples.feign.$Proxy12}), where it
 * would pass for the application's own line.
 */
interface FeignApi {

    /** GET of the whole URI given (Feign takes a {@code URI} parameter as the request's target). */
    @RequestLine("GET")
    Response get(URI uri);
}
