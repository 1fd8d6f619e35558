package org.campaignadvisor.web;

/**
 * Settings of the web service.
 *
 * @param maxBodyBytes     largest request body accepted; larger ones are refused with 413
 * @param idleTimeoutMillis how long a connection may stay silent (a client that stops sending) before it is closed
 */
public record WebSettings(long maxBodyBytes, long idleTimeoutMillis) {
    public static final WebSettings DEFAULT = new WebSettings(1_000_000, 10_000);
}
