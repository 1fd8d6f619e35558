package org.campaignadvisor.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trainers' sessions after they gave the secret: a random session id (the cookie) and a random
 * anti-forgery token that every form of the trainers' area carries. Kept in memory only, for eight
 * hours; a restart logs everyone out. Nothing about a campaigner is kept here.
 */
final class TrainerSessions {
    static final String COOKIE = "trainer";
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 200;

    record Session(String id, String csrf, Instant expires) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Session open() {
        Instant now = Instant.now();
        sessions.values().removeIf(s -> s.expires().isBefore(now));
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.clear();
        }
        Session session = new Session(token(), token(), now.plus(LIFETIME));
        sessions.put(session.id(), session);
        return session;
    }

    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null || session.expires().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
