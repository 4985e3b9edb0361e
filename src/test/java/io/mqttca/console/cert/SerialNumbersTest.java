package io.mqttca.console.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SerialNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 00",
        "1, 01",
        "255, FF",
        "256, 0100",
        "4096, 1000",
        "-1, -01",
        "-129, -81",
        "170141183460469231731687303715884105728, 80000000000000000000000000000000",
    })
    void formatsLikeOpenSsl(String decimal, String hex) {
        assertEquals(hex, SerialNumbers.toOpenSslHex(new BigInteger(decimal)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1, 01",
        "127, 7f",
        "128, 0080",
        "255, 00ff",
        "0, 00",
        "-1, ff",
        "170141183460469231731687303715884105728, 0080000000000000000000000000000000",
    })
    void formatsTheSnFormWithTheDerSignByte(String decimal, String sn) {
        assertEquals(sn, SerialNumbers.toSn(new BigInteger(decimal)));
        assertEquals(new BigInteger(decimal), SerialNumbers.fromSn(sn));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "8F01A2", "8f01a2", "8F:01:A2", "8f 01 a2", "008F01A2", "00:8f:01:a2", "0x8F01A2", " 8F01A2\t", "8F-01-A2",
    })
    void readsHexInEveryCommonSpelling(String text) {
        assertEquals(BigInteger.valueOf(0x8F01A2), SerialNumbers.fromHex(text));
    }

    @Test
    void readsNegativeHexAsOpenSslPrintsIt() {
        assertEquals(BigInteger.valueOf(-0x81), SerialNumbers.fromHex("-81"));
    }

    @Test
    void readsDecimalWithDigitGroupSeparators() {
        assertEquals(new BigInteger("123456789012345678901234567890"),
            SerialNumbers.fromDecimal("123_456_789 012345678901234567890"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "  ", "xyz", "12G4", "0x", "::"})
    void refusesTextThatIsNotHex(String text) {
        assertThrows(IllegalArgumentException.class, () -> SerialNumbers.fromHex(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "12a", "0x10", "1.5"})
    void refusesTextThatIsNotDecimal(String text) {
        assertThrows(IllegalArgumentException.class, () -> SerialNumbers.fromDecimal(text));
    }

    @Test
    void candidatesOfDigitsOnlyAreTheHexThenTheDecimalReading() {
        assertEquals(List.of(BigInteger.valueOf(0x1000), BigInteger.valueOf(1000)), SerialNumbers.candidates("1000"));
    }

    @Test
    void candidatesOfHexWithLettersOrSeparatorsAreHexOnly() {
        assertEquals(List.of(BigInteger.valueOf(0xAB)), SerialNumbers.candidates("ab"));
        assertEquals(List.of(BigInteger.valueOf(0x1000)), SerialNumbers.candidates("10:00"));
    }

    @Test
    void candidatesDoNotRepeatAValueBothReadingsAgreeOn() {
        assertEquals(List.of(BigInteger.valueOf(7)), SerialNumbers.candidates("7"));
    }

    @Test
    void hexFormAndSnFormRoundTripForRandomSerials() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            BigInteger serial = new BigInteger(1 + random.nextInt(159), random);
            assertEquals(serial, SerialNumbers.fromHex(SerialNumbers.toOpenSslHex(serial)));
            assertEquals(serial, SerialNumbers.fromSn(SerialNumbers.toSn(serial)));
        }
    }
}
