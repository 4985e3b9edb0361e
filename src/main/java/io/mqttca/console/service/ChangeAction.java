package io.mqttca.console.service;

/** The state-changing operations the console performs; each one is written to the change journal. */
public enum ChangeAction {
    ACTIVATE_CA,
    DEACTIVATE_CA,
    DELETE_CA,
    REGISTER_CA,
    ACTIVATE_DEVICE,
    DEACTIVATE_DEVICE,
    DELETE_DEVICE
}
