package io.mqttca.console.cert;

import io.mqttca.console.text.Text;
/**
 * Where one PEM block sits in an input. It holds offsets, not content: a handler decodes the body only when it
 * needs it, so the body of a private key block is never decoded or copied.
 *
 * @param type      the label between {@code -----BEGIN } and {@code -----}, e.g. {@code CERTIFICATE}
 * @param index     the 0-based position of the block among the blocks of the input
 * @param line      the 1-based line of the BEGIN line
 * @param bodyStart offset of the first byte after the BEGIN line
 * @param bodyEnd   offset of the END line (or of the end of the body when the block is not terminated)
 * @param bodyLine  the 1-based line number of the first body line
 * @param problem   why the block is malformed (no END line, mismatched END label), or {@code null}
 */
record PemBlock(String type, int index, int line, int bodyStart, int bodyEnd, int bodyLine, Text problem) {

    /** How messages name the block: "Block 2 (line 31)", counting blocks from 1 as people do. */
    Text label() {
        return Refusals.block(index, line);
    }
}
