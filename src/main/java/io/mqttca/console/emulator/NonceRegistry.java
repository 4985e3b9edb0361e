package io.mqttca.console.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Remembers the {@code x-acs-signature-nonce} values each access key used within a window (15 minutes, the same
 * as the allowed clock skew, so a replayed request is refused by one check or the other). In memory only: a
 * restarted emulator forgets them, which the timestamp check still covers for old requests.
 */
final class NonceRegistry {

    private final Duration window;
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Queue<Entry> byExpiry = new ConcurrentLinkedQueue<>();

    NonceRegistry(Duration window) {
        this.window = window;
    }

    /** Records the nonce; false when the key already used it within the window. */
    boolean firstUse(String accessKeyId, String nonce, Instant now) {
        evictExpired(now);
        String key = accessKeyId + '\n' + nonce;
        Instant expiry = now.plus(window);
        if (expiries.putIfAbsent(key, expiry) != null) {
            return false;
        }
        byExpiry.add(new Entry(key, expiry));
        return true;
    }

    private void evictExpired(Instant now) {
        Entry head = byExpiry.peek();
        while (head != null && head.expiry().isBefore(now)) {
            if (byExpiry.remove(head)) {
                expiries.remove(head.key(), head.expiry());
            }
            head = byExpiry.peek();
        }
    }

    private record Entry(String key, Instant expiry) {
    }
}
