package io.mqttca.console.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * The one FXML loader of the application. Controllers come from a map fed by the composition root; an FXML file
 * that names an unregistered controller fails fast instead of getting a reflectively built one.
 */
public final class FxmlViews {

    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<Object>> controllers;

    public FxmlViews(ResourceBundle bundle, Map<Class<?>, Supplier<Object>> controllers) {
        this.bundle = bundle;
        this.controllers = Map.copyOf(controllers);
    }

    /** Loads {@code fxmlName}, a resource beside {@code anchor}, and returns its root. */
    public Parent load(Class<?> anchor, String fxmlName) {
        return load(anchor, fxmlName, this::controller);
    }

    /**
     * Loads {@code fxmlName} with {@code controller} as the instance of the controller class it names (dialogs built
     * per use); controllers of included files still come from the registered map.
     */
    public Parent load(Class<?> anchor, String fxmlName, Object controller) {
        return load(anchor, fxmlName, type -> type.isInstance(controller) ? controller : controller(type));
    }

    /** The strings views are loaded with. */
    public ResourceBundle bundle() {
        return bundle;
    }

    private Parent load(Class<?> anchor, String fxmlName, Callback<Class<?>, Object> factory) {
        URL location = anchor.getResource(fxmlName);
        if (location == null) {
            throw new IllegalArgumentException("FXML not found beside " + anchor.getName() + ": " + fxmlName);
        }
        FXMLLoader loader = new FXMLLoader(location, bundle);
        loader.setControllerFactory(factory);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }

    private Object controller(Class<?> type) {
        Supplier<Object> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
