package io.mqttca.console.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent requests the emulator served, oldest first, bounded so a long-running emulator stays small. */
final class RequestLog {

    private final int capacity;
    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    RequestLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(RecordedRequest request) {
        if (requests.size() == capacity) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
