package io.mqttca.console.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

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
        URL location = anchor.getResource(fxmlName);
        if (location == null) {
            throw new IllegalArgumentException("FXML not found beside " + anchor.getName() + ": " + fxmlName);
        }
        FXMLLoader loader = new FXMLLoader(location, bundle);
        loader.setControllerFactory(this::controller);
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
