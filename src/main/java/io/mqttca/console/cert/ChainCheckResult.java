package io.mqttca.console.cert;

import java.util.List;

/**
 * What a {@link DeviceChainCheck} found: one or more findings per item, ordered by {@link ChainCheckItem}. When the
 * device or the CA PEM cannot be read, the findings are only the FAIL of the unreadable input(s) and nothing else
 * was checked.
 *
 * @param findings the findings, in item order
 */
public record ChainCheckResult(List<ChainFinding> findings) {

    public ChainCheckResult {
        findings = List.copyOf(findings);
    }

    /** The worst verdict of all findings. */
    public ChainVerdict verdict() {
        return findings.stream().map(ChainFinding::verdict).reduce(ChainVerdict.PASS, ChainVerdict::worst);
    }

    /** The findings about {@code item}, empty when it was not checked. */
    public List<ChainFinding> findings(ChainCheckItem item) {
        return findings.stream().filter(finding -> finding.item() == item).toList();
    }

    /** The worst verdict about {@code item}, or null when it was not checked. */
    public ChainVerdict verdictOf(ChainCheckItem item) {
        return findings(item).stream().map(ChainFinding::verdict).reduce(ChainVerdict::worst).orElse(null);
    }

    /** True when both PEMs were read, so every item was checked. */
    public boolean inputsReadable() {
        return verdictOf(ChainCheckItem.DEVICE_CERTIFICATE) == null && verdictOf(ChainCheckItem.CA_CERTIFICATE) == null;
    }
}
