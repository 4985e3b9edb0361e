package io.mqttca.console.cert;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UniversalString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Formats X.500 names as RFC 4514 strings the way {@code openssl x509 -nameopt RFC2253,-esc_msb} prints them
 * (and, for text meant to be read beside openssl's default output, in its one-line form, {@link #toOneLine}):
 * most specific RDN first, OpenSSL's short attribute names ({@code CN}, {@code emailAddress}, {@code street}),
 * characters beyond ASCII kept as they are (Chinese names stay readable), RFC 4514 escapes for
 * {@code , + " \ < > ;}, a leading {@code #} or space and a trailing space, and {@code \XX} for control
 * characters. Values that are not strings, and attributes whose type has no name here, are printed as
 * {@code OID=#hex} of their DER encoding, as RFC 4514 requires.
 */
final class DistinguishedNames {

    private static final Map<ASN1ObjectIdentifier, String> NAMES = new HashMap<>();
    private static final ASN1ObjectIdentifier COMMON_NAME = new ASN1ObjectIdentifier("2.5.4.3");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    static {
        String[][] table = {
            {"2.5.4.3", "CN"}, {"2.5.4.6", "C"}, {"2.5.4.7", "L"}, {"2.5.4.8", "ST"}, {"2.5.4.10", "O"},
            {"2.5.4.11", "OU"}, {"2.5.4.5", "serialNumber"}, {"2.5.4.9", "street"}, {"2.5.4.12", "title"},
            {"2.5.4.4", "SN"}, {"2.5.4.42", "GN"}, {"2.5.4.43", "initials"}, {"2.5.4.44", "generationQualifier"},
            {"2.5.4.46", "dnQualifier"}, {"2.5.4.65", "pseudonym"}, {"2.5.4.41", "name"},
            {"2.5.4.15", "businessCategory"}, {"2.5.4.17", "postalCode"}, {"2.5.4.13", "description"},
            {"2.5.4.18", "postOfficeBox"}, {"2.5.4.20", "telephoneNumber"}, {"2.5.4.72", "role"},
            {"2.5.4.97", "organizationIdentifier"}, {"2.5.4.45", "x500UniqueIdentifier"},
            {"1.2.840.113549.1.9.1", "emailAddress"}, {"1.2.840.113549.1.9.2", "unstructuredName"},
            {"0.9.2342.19200300.100.1.25", "DC"}, {"0.9.2342.19200300.100.1.1", "UID"},
            {"1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"}, {"1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"},
            {"1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"},
        };
        for (String[] row : table) {
            NAMES.put(new ASN1ObjectIdentifier(row[0]), row[1]);
        }
    }

    private DistinguishedNames() {
    }

    static String toRfc4514(X500Name name) {
        RDN[] rdns = name.getRDNs();
        StringBuilder out = new StringBuilder(64);
        for (int i = rdns.length - 1; i >= 0; i--) {
            AttributeTypeAndValue[] values = rdns[i].getTypesAndValues();
            for (int j = values.length - 1; j >= 0; j--) {
                if (out.length() > 0) {
                    out.append(j == values.length - 1 ? ',' : '+');
                }
                append(out, values[j]);
            }
        }
        return out.toString();
    }

    /**
     * The name as {@code openssl x509 -subject} prints it by default ({@code -nameopt oneline}), with characters
     * beyond ASCII kept readable ({@code -esc_msb} off): RDNs in encoding order, most general first
     * ({@code C = CN, O = Example, CN = Root}), values of a multi-valued RDN joined by {@code " + "}, a value with
     * {@code , + < > ;}, a leading {@code #} or space or a trailing space in double quotes, {@code "} and
     * {@code \} escaped with a backslash, control characters as {@code \XX}.
     */
    static String toOneLine(X500Name name) {
        StringBuilder out = new StringBuilder(64);
        for (RDN rdn : name.getRDNs()) {
            AttributeTypeAndValue[] values = rdn.getTypesAndValues();
            for (int j = 0; j < values.length; j++) {
                if (out.length() > 0) {
                    out.append(j == 0 ? ", " : " + ");
                }
                appendOneLine(out, values[j]);
            }
        }
        return out.toString();
    }

    /** The most specific common name (the last CN in encoding order), or {@code null} when there is none. */
    static String commonName(X500Name name) {
        RDN[] rdns = name.getRDNs();
        for (int i = rdns.length - 1; i >= 0; i--) {
            AttributeTypeAndValue[] values = rdns[i].getTypesAndValues();
            for (int j = values.length - 1; j >= 0; j--) {
                if (COMMON_NAME.equals(values[j].getType())) {
                    String text = stringValue(values[j].getValue());
                    return text != null ? text : hexValue(values[j].getValue());
                }
            }
        }
        return null;
    }

    private static void append(StringBuilder out, AttributeTypeAndValue pair) {
        String typeName = NAMES.get(pair.getType());
        String text = typeName == null ? null : stringValue(pair.getValue());
        out.append(typeName == null ? pair.getType().getId() : typeName).append('=');
        if (text == null) {
            out.append(hexValue(pair.getValue()));
        } else {
            escape(out, text);
        }
    }

    private static void appendOneLine(StringBuilder out, AttributeTypeAndValue pair) {
        String typeName = NAMES.get(pair.getType());
        String text = stringValue(pair.getValue());
        out.append(typeName == null ? pair.getType().getId() : typeName).append(" = ");
        if (text == null) {
            out.append(hexValue(pair.getValue()));
            return;
        }
        int last = text.length() - 1;
        boolean quoted = last >= 0 && (text.charAt(0) == '#' || text.charAt(0) == ' ' || text.charAt(last) == ' ');
        StringBuilder value = new StringBuilder(text.length() + 2);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '+' || c == '<' || c == '>' || c == ';') {
                quoted = true;
                value.append(c);
            } else if (c == '"' || c == '\\') {
                value.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                value.append('\\').append(Hex.upper(new byte[] {(byte) c}));
            } else {
                value.append(c);
            }
        }
        out.append(quoted ? "\"" + value + "\"" : value);
    }

    private static String stringValue(ASN1Encodable value) {
        if (value instanceof ASN1UniversalString) {
            return new String(((ASN1UniversalString) value).getOctets(), UTF_32BE);
        }
        if (value instanceof ASN1String) {
            return ((ASN1String) value).getString();
        }
        return null;
    }

    private static String hexValue(ASN1Encodable value) {
        try {
            return "#" + Hex.upper(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            return "#";
        }
    }

    private static void escape(StringBuilder out, String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '+' || c == '"' || c == '\\' || c == '<' || c == '>' || c == ';'
                || i == 0 && (c == '#' || c == ' ') || i == last && c == ' ') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append('\\').append(Hex.upper(new byte[] {(byte) c}));
            } else {
                out.append(c);
            }
        }
    }
}
