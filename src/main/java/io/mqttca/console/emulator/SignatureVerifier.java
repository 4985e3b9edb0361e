package io.mqttca.console.emulator;

import io.mqttca.console.cloud.AcsV3Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Verifies the V3 signature ({@code ACS3-HMAC-SHA256}) of a request against the emulator's access keys, in the
 * order a gateway would: a complete Authorization header (IncompleteSignature), the common headers present
 * (MissingParameter) and signed, a known key (InvalidAccessKeyId.NotFound), a date within 15 minutes
 * (InvalidTimeStamp.*), a payload hash that matches the body and a signature that matches the recomputed one
 * (SignatureDoesNotMatch), the STS token of an STS key, and a nonce not used before (SignatureNonceUsed).
 */
final class SignatureVerifier {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    private static final List<String> REQUIRED_HEADERS = List.of("x-acs-action", "x-acs-version", "x-acs-date",
        "x-acs-signature-nonce", "x-acs-content-sha256", "host");
    private static final String TOKEN_HEADER = "x-acs-security-token";

    private final Function<String, Optional<EmulatorAccessKey>> keys;
    private final NonceRegistry nonces;
    private final Clock clock;

    SignatureVerifier(Function<String, Optional<EmulatorAccessKey>> keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.nonces = new NonceRegistry(MAX_CLOCK_SKEW);
    }

    /** The access key that signed the request; throws the gateway's error answer otherwise. */
    EmulatorAccessKey verify(SignedRequest request) {
        AuthorizationHeader authorization = AuthorizationHeader.parse(request.header("authorization"))
            .orElseThrow(() -> ApiErrors.incompleteSignature(
                "The Authorization header is missing or is not ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,"
                    + "Signature=.."));
        for (String name : REQUIRED_HEADERS) {
            String value = request.header(name);
            if (value == null || value.isBlank()) {
                throw ApiErrors.missingParameter(name);
            }
        }
        checkSignedHeaders(request, authorization);
        EmulatorAccessKey key = keys.apply(authorization.accessKeyId()).orElseThrow(ApiErrors::accessKeyNotFound);
        Instant now = clock.instant();
        checkDate(request.header("x-acs-date"), now);
        String payloadHash = request.header("x-acs-content-sha256").trim().toLowerCase(Locale.ROOT);
        if (!payloadHash.equals(AcsV3Signer.sha256Hex(request.body()))) {
            throw ApiErrors.signatureDoesNotMatch("x-acs-content-sha256 is not the SHA-256 of the request body.");
        }
        String expected = AcsV3Signer.signature(request.method(), path(request), request.query(),
            signedHeaderValues(request, authorization), payloadHash, key.secret());
        if (!constantTimeEquals(expected, authorization.signature())) {
            throw ApiErrors.signatureDoesNotMatch(null);
        }
        checkSecurityToken(request.header(TOKEN_HEADER), key);
        if (!nonces.firstUse(key.id(), request.header("x-acs-signature-nonce"), now)) {
            throw ApiErrors.signatureNonceUsed();
        }
        return key;
    }

    private static void checkSignedHeaders(SignedRequest request, AuthorizationHeader authorization) {
        for (String name : request.headers().keySet()) {
            boolean mustBeSigned = name.equals("host") || name.equals("content-type") || name.startsWith("x-acs-");
            if (mustBeSigned && !authorization.signedHeaders().contains(name)) {
                throw ApiErrors.incompleteSignature("The header " + name + " must be in SignedHeaders.");
            }
        }
        for (String name : authorization.signedHeaders()) {
            if (!request.headers().containsKey(name)) {
                throw ApiErrors.incompleteSignature("The signed header " + name + " is not in the request.");
            }
        }
    }

    private static void checkDate(String date, Instant now) {
        Instant sent;
        try {
            sent = Instant.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw ApiErrors.timestampFormat();
        }
        if (Duration.between(sent, now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw ApiErrors.timestampExpired();
        }
    }

    private static void checkSecurityToken(String token, EmulatorAccessKey key) {
        boolean matches = key.isSts() ? token != null && constantTimeEquals(key.securityToken(), token.trim())
            : token == null;
        if (!matches) {
            throw ApiErrors.securityTokenMismatch();
        }
    }

    /** The signed headers' values as the signer saw them: trimmed, repeated names merged sorted and comma-joined. */
    private static SortedMap<String, String> signedHeaderValues(SignedRequest request,
                                                                AuthorizationHeader authorization) {
        SortedMap<String, String> signed = new TreeMap<>();
        for (String name : authorization.signedHeaders()) {
            List<String> values = request.headers().get(name).stream().map(String::trim).sorted().toList();
            signed.put(name, String.join(",", values));
        }
        return signed;
    }

    private static String path(SignedRequest request) {
        return request.path() == null || request.path().isEmpty() ? "/" : request.path();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
