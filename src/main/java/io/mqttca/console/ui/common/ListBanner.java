package io.mqttca.console.ui.common;

import io.mqttca.console.service.ServiceFailure;

/**
 * A note above a list that still shows rows: the last refresh failed (the rows are those of the load before), or
 * the service listed more than the console reads.
 *
 * @param text    the short text shown
 * @param failure why the refresh failed, or null for a note that is not a failure
 */
public record ListBanner(String text, ServiceFailure failure) {

    public boolean isFailure() {
        return failure != null;
    }
}
