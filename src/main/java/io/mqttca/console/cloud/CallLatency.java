package io.mqttca.console.cloud;

/**
 * The typical time from sending a call to its answer, as a moving average (each answer weighs a tenth), so the
 * concurrency follows a link that gets slower or faster.
 */
final class CallLatency {

    private static final double WEIGHT = 0.1;
    private double seconds;
    private boolean measured;

    synchronized void record(long nanos) {
        double sample = nanos / 1e9;
        seconds = measured ? seconds + WEIGHT * (sample - seconds) : sample;
        measured = true;
    }

    synchronized boolean measured() {
        return measured;
    }

    synchronized double seconds() {
        return seconds;
    }
}
