package org.campaignadvisor.web;

import java.util.List;

/**
 * Settings of the web service.
 *
 * @param maxBodyBytes      largest request body (or uploaded file) accepted; larger ones are refused with 413
 * @param idleTimeoutMillis how long a connection may stay silent (a client that stops sending) before it is closed
 * @param secret            the operator's and trainers' secret; "" switches off everything that needs it
 *                          (reloading rules through the API)
 * @param allowedHosts      the host names the service answers to (its Host header); empty: any. A service
 *                          bound to this machine only answers to localhost names, which stops DNS rebinding
 */
public record WebSettings(long maxBodyBytes, long idleTimeoutMillis, String secret, List<String> allowedHosts) {
    public static final WebSettings DEFAULT = new WebSettings(1_000_000, 10_000, "", List.of());

    /** The names a service bound to the loopback interface answers to. */
    public static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

    public WebSettings {
        secret = secret == null ? "" : secret;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    public WebSettings(long maxBodyBytes, long idleTimeoutMillis) {
        this(maxBodyBytes, idleTimeoutMillis, "", List.of());
    }

    public WebSettings withSecret(String secret) {
        return new WebSettings(maxBodyBytes, idleTimeoutMillis, secret, allowedHosts);
    }

    public WebSettings withAllowedHosts(List<String> hosts) {
        return new WebSettings(maxBodyBytes, idleTimeoutMillis, secret, hosts);
    }
}
