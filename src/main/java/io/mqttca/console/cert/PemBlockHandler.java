package io.mqttca.console.cert;

/**
 * Turns one PEM block of the types it is registered for into a certificate, or refuses it with a typed
 * {@link CertificateInputException}. One small handler per kind of block (see {@link PemBlockHandlers}).
 */
interface PemBlockHandler {

    /**
     * Handles one block of {@code data}.
     *
     * @param data   the whole input
     * @param block  where the block is
     * @param source the input's name, for the details and for messages
     */
    CertificateDetails handle(byte[] data, PemBlock block, String source) throws CertificateInputException;
}
