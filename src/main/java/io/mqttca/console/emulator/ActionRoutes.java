package io.mqttca.console.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The route table: action name ({@code x-acs-action}) to handler, in the spirit of OkHttp MockWebServer's
 * {@code Dispatcher}. {@link #standard} wires the fourteen certificate and instance operations to a store;
 * tests may replace a route on a running emulator to force an answer (say a 503) the store cannot produce.
 */
public final class ActionRoutes {

    private final ConcurrentMap<String, ActionHandler> handlers = new ConcurrentHashMap<>();

    /** The documented operations of reference §1, answered from the store. */
    public static ActionRoutes standard(EmulatorStore store, ObjectMapper json) {
        ActionRoutes routes = new ActionRoutes();
        InstanceAccess access = new InstanceAccess(store);
        new CaCertificateActions(store, access).addTo(routes);
        new DeviceCertificateActions(store, access).addTo(routes);
        new InstanceActions(store, json).addTo(routes);
        return routes;
    }

    /** Sets (or replaces) the handler of an action. */
    public ActionRoutes put(String action, ActionHandler handler) {
        handlers.put(action, handler);
        return this;
    }

    public Optional<ActionHandler> find(String action) {
        return Optional.ofNullable(handlers.get(action));
    }

    /** The action names with a route, sorted. */
    public Set<String> actions() {
        return new TreeSet<>(handlers.keySet());
    }
}
