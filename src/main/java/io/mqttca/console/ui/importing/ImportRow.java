package io.mqttca.console.ui.importing;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InputError;
import io.mqttca.console.cert.InputErrorCode;
import io.mqttca.console.service.CertificateMatch;
import io.mqttca.console.service.MatchState;

/**
 * One line of the import table: a certificate read locally (with its match on the selected instance, or null while
 * no instance is selected or the list is loading) or an input that failed.
 *
 * @param certificate the certificate, or null for a failed input
 * @param match       its match, or null
 * @param error       the failure, or null for a certificate
 */
public record ImportRow(CertificateDetails certificate, CertificateMatch match, InputError error) {

    static ImportRow of(CertificateDetails certificate, CertificateMatch match) {
        return new ImportRow(certificate, match, null);
    }

    static ImportRow failed(InputError error) {
        return new ImportRow(null, null, error);
    }

    /** A refused private key (the warning banner counts them). */
    public boolean isPrivateKey() {
        return error != null && error.code() == InputErrorCode.PRIVATE_KEY;
    }

    public boolean isError() {
        return error != null;
    }

    /** The file name (or "clipboard") with the block number when the input held several. */
    public String source() {
        String source = isError() ? error.source() : certificate.source();
        Integer index = isError() ? error.index() : Integer.valueOf(certificate.index());
        String name = source.contains("/") || source.contains("\\")
            ? source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1) : source;
        return index == null ? name : name + " #" + (index + 1);
    }

    /** The match state, or null for a failed input or while unmatched. */
    public MatchState state() {
        return match == null ? null : match.state();
    }

    /** The registered Sn of a matched certificate, or null. */
    public String registeredSn() {
        return match == null || match.registered() == null ? null : match.registered().sn();
    }
}
