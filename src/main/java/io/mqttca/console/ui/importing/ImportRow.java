package io.mqttca.console.ui.importing;

import io.mqttca.console.cert.CertificateDetails;
import io.mqttca.console.cert.InputError;
import io.mqttca.console.cert.InputErrorCode;
import io.mqttca.console.service.CaCertificate;
import io.mqttca.console.service.CertificateMatch;
import io.mqttca.console.service.MatchState;

/**
 * One line of the import table: a certificate read locally (with its match on the selected instance, or null while
 * no instance is selected or the list is loading) or an input that failed.
 *
 * @param certificate  the certificate, or null for a failed input
 * @param match        its match, or null
 * @param error        the failure, or null for a certificate
 * @param oneOfSeveral whether its input (a file, a paste) held several blocks, so the block number tells them apart
 */
public record ImportRow(CertificateDetails certificate, CertificateMatch match, InputError error,
                        boolean oneOfSeveral) {

    static ImportRow of(CertificateDetails certificate, CertificateMatch match, boolean oneOfSeveral) {
        return new ImportRow(certificate, match, null, oneOfSeveral);
    }

    static ImportRow failed(InputError error, boolean oneOfSeveral) {
        return new ImportRow(null, null, error, oneOfSeveral);
    }

    /** A refused private key (the warning banner counts them). */
    public boolean isPrivateKey() {
        return error != null && error.code() == InputErrorCode.PRIVATE_KEY;
    }

    public boolean isError() {
        return error != null;
    }

    /** The file name, or the paste's name ("clipboard #2"). */
    public String source() {
        String source = isError() ? error.source() : certificate.source();
        return source.contains("/") || source.contains("\\")
            ? source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1) : source;
    }

    /** The 1-based block number within its input when the input held several, else null. */
    public Integer block() {
        Integer index = isError() ? error.index() : Integer.valueOf(certificate.index());
        return oneOfSeveral && index != null ? index + 1 : null;
    }

    /** The registration on the instance when it is this very certificate, else null. */
    public CaCertificate registeredSame() {
        return match == null || match.registered() == null || match.isDifferentCertificate() ? null
            : match.registered();
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
