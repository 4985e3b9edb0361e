package io.mqttca.console.app;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/**
 * The live heap by class, from the JVM's own class histogram (which runs a full GC first): what a part of the
 * window holds is the difference between two histograms, whatever else (the in-process emulator) the heap holds.
 */
final class HeapHistogram {

    private HeapHistogram() {
    }

    /** Class name → {instances, bytes} of the live heap. */
    static Map<String, long[]> live() throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
            new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                byClass.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return byClass;
    }

    /** The bytes of every class that shrank from {@code before} to {@code after}. */
    static long bytesGone(Map<String, long[]> before, Map<String, long[]> after) {
        long gone = 0;
        for (Map.Entry<String, long[]> entry : before.entrySet()) {
            long left = after.getOrDefault(entry.getKey(), new long[2])[1];
            gone += Math.max(0, entry.getValue()[1] - left);
        }
        return gone;
    }

    static void printLargestDifferences(Map<String, long[]> before, Map<String, long[]> after, int count) {
        before.entrySet().stream()
            .map(entry -> Map.entry(entry.getKey(), new long[] {
                entry.getValue()[0] - after.getOrDefault(entry.getKey(), new long[2])[0],
                entry.getValue()[1] - after.getOrDefault(entry.getKey(), new long[2])[1]}))
            .filter(entry -> entry.getValue()[1] > 0)
            .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(count)
            .forEach(entry -> System.out.printf(Locale.ROOT, "  %10d objects %8.1f MB  %s%n", entry.getValue()[0],
                entry.getValue()[1] / (1024.0 * 1024), entry.getKey()));
    }
}
