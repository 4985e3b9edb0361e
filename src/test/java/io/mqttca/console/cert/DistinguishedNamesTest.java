package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DERUniversalString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistinguishedNamesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Smith, John | CN=Smith\\, John",
        "a+b | CN=a\\+b",
        "say \"hi\" | CN=say \\\"hi\\\"",
        "back\\slash | CN=back\\\\slash",
        "<tag>;x | CN=\\<tag\\>\\;x",
        "#1 | CN=\\#1",
        "in#side | CN=in#side",
        "`  padded  ` | `CN=\\  padded \\ `",
        "a=b | CN=a=b",
        "设备 001 | CN=设备 001",
    })
    void escapesValuesAsRfc4514AndOpenSslDo(String value, String expected) {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, new DERUTF8String(value)).build();
        assertEquals(expected, DistinguishedNames.toRfc4514(name));
    }

    @Test
    void escapesControlCharactersAsHex() {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, new DERUTF8String("a\u0001b")).build();
        assertEquals("CN=a\\01b", DistinguishedNames.toRfc4514(name));
    }

    @Test
    void printsTheMostSpecificRdnFirstWithOpenSslNames() {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.DC, "com").addRDN(BCStyle.DC, "example").addRDN(BCStyle.C, "CN").addRDN(BCStyle.ST, "ZJ")
            .addRDN(BCStyle.L, "Hangzhou").addRDN(BCStyle.O, "Example").addRDN(BCStyle.OU, "IoT")
            .addRDN(BCStyle.SERIALNUMBER, "42").addRDN(BCStyle.STREET, "1 Road").addRDN(BCStyle.UID, "u1")
            .addRDN(BCStyle.EmailAddress, "ops@example.com").addRDN(BCStyle.CN, "device").build();
        assertEquals("CN=device,emailAddress=ops@example.com,UID=u1,street=1 Road,serialNumber=42,OU=IoT,"
            + "O=Example,L=Hangzhou,ST=ZJ,C=CN,DC=example,DC=com", DistinguishedNames.toRfc4514(name));
    }

    @Test
    void joinsMultiValuedRdnsWithPlusInOpenSslOrder() {
        AttributeTypeAndValue[] pair = {
            new AttributeTypeAndValue(BCStyle.CN, new DERUTF8String("device")),
            new AttributeTypeAndValue(BCStyle.UID, new DERUTF8String("42")),
        };
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Example").addMultiValuedRDN(pair)
            .build();
        assertEquals("UID=42+CN=device,O=Example", DistinguishedNames.toRfc4514(name));
    }

    @Test
    void printsUnknownTypesAndNonStringValuesAsHexDer() {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(new ASN1ObjectIdentifier("1.2.3.4"), new DERUTF8String("xyz"))
            .addRDN(BCStyle.CN, new ASN1Integer(5)).build();
        assertEquals("CN=#020105,1.2.3.4=#0C0378797A", DistinguishedNames.toRfc4514(name));
    }

    @Test
    void decodesBmpAndUniversalStrings() {
        ASN1Encodable universal = new DERUniversalString("中文".getBytes(Charset.forName("UTF-32BE")));
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, new DERBMPString("Ünïcode"))
            .addRDN(BCStyle.CN, universal).build();
        assertEquals("CN=中文,O=Ünïcode", DistinguishedNames.toRfc4514(name));
    }

    @Test
    void commonNameIsTheMostSpecificOneOrNull() {
        X500Name two = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, new DERPrintableString("outer"))
            .addRDN(BCStyle.CN, "inner").build();
        X500Name none = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Example").build();
        assertEquals("inner", DistinguishedNames.commonName(two));
        assertNull(DistinguishedNames.commonName(none));
        assertEquals("", DistinguishedNames.toRfc4514(new X500Name(new RDN[0])));
    }
}
