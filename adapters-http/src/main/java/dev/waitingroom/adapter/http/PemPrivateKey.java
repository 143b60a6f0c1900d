package dev.waitingroom.adapter.http;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EC P-256 private key written as PEM: PKCS#8 ({@code BEGIN PRIVATE KEY}, what {@code openssl genpkey}
 * writes) or SEC1 ({@code BEGIN EC PRIVATE KEY}, what {@code openssl ecparam -genkey} writes), read with
 * the JDK alone. Every refusal says what is wrong with the key, never what the key is.
 */
final class PemPrivateKey {

    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,40})-----(.*?)-----END \\1-----", Pattern.DOTALL);
    /** The content of the OID 1.2.840.10045.3.1.7 (prime256v1, P-256). */
    private static final byte[] P256_OID = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x03, 0x01, 0x07};
    private static final String NEEDS = "ES256 needs an EC P-256 private key";

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int CURVE_PARAMETERS = 0xA0;

    private PemPrivateKey() {
    }

    static boolean looksLikePem(String text) {
        return text.contains("-----BEGIN ");
    }

    /** @throws IllegalArgumentException when the text holds no usable EC P-256 private key */
    static ECPrivateKey read(String text) {
        // an env file often carries a PEM on one line, its newlines written as the two characters \n
        String pem = text.replace("\\r", "").replace("\\n", "\n");
        Matcher blocks = BLOCK.matcher(pem);
        String other = null;
        while (blocks.find()) {
            String label = blocks.group(1);
            String body = blocks.group(2);
            switch (label) {
                case "PRIVATE KEY" -> {
                    return pkcs8(base64(body));
                }
                case "EC PRIVATE KEY" -> {
                    if (body.contains("ENCRYPTED")) {
                        throw new IllegalArgumentException(encrypted());
                    }
                    return sec1(base64(body));
                }
                case "EC PARAMETERS" -> {
                    // openssl ecparam -genkey writes the curve's name before the key; the key names it too
                }
                default -> other = other == null ? label : other;
            }
        }
        if (other == null) {
            throw new IllegalArgumentException("the PEM has no complete block (a -----BEGIN PRIVATE KEY----- line,"
                    + " base64 lines, and the matching -----END PRIVATE KEY----- line)");
        }
        throw new IllegalArgumentException(refusal(other));
    }

    private static String refusal(String label) {
        if (label.equals("RSA PRIVATE KEY")) {
            return "the PEM holds an RSA key; " + NEEDS;
        }
        if (label.equals("ENCRYPTED PRIVATE KEY")) {
            return encrypted();
        }
        if (label.contains("PUBLIC KEY") || label.contains("CERTIFICATE")) {
            return "the PEM holds a public key or a certificate (" + label + "), but signing needs the private key";
        }
        return "the PEM holds a " + label + ", not a PRIVATE KEY or an EC PRIVATE KEY; " + NEEDS;
    }

    private static String encrypted() {
        return "the PEM private key is encrypted; give it unencrypted (openssl pkcs8 -topk8 -nocrypt)";
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM body is not valid base64");
        }
    }

    private static ECPrivateKey pkcs8(byte[] der) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        ECPrivateKey key;
        try {
            key = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(spec);
        } catch (GeneralSecurityException | RuntimeException notEc) {
            throw new IllegalArgumentException(isRsa(spec)
                    ? "the PEM holds an RSA key; " + NEEDS
                    : "the PEM private key is not an EC key (or is on a curve this JDK does not know); " + NEEDS);
        }
        if (!P256.isTheCurveOf(key.getParams())) {
            throw new IllegalArgumentException("the PEM holds an EC key on another curve than P-256; " + NEEDS);
        }
        return key;
    }

    private static boolean isRsa(PKCS8EncodedKeySpec spec) {
        try {
            KeyFactory.getInstance("RSA").generatePrivate(spec);
            return true;
        } catch (GeneralSecurityException | RuntimeException notRsa) {
            return false;
        }
    }

    /** SEC1: SEQUENCE { INTEGER 1, OCTET STRING d, [0] curve OPTIONAL, [1] public key OPTIONAL }. */
    private static ECPrivateKey sec1(byte[] der) {
        Tlv key = Tlv.at(der, 0, der.length);
        if (key.tag() != SEQUENCE || key.end() != der.length) {
            throw malformedSec1();
        }
        List<Tlv> fields = key.children();
        if (fields.size() < 2 || fields.get(0).tag() != INTEGER || !Arrays.equals(fields.get(0).content(), new byte[] {1})
                || fields.get(1).tag() != OCTET_STRING) {
            throw malformedSec1();
        }
        Tlv curve = fields.stream().filter(field -> field.tag() == CURVE_PARAMETERS).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the EC PRIVATE KEY does not name its curve; " + NEEDS));
        List<Tlv> named = curve.children();
        if (named.size() != 1 || named.get(0).tag() != OBJECT_IDENTIFIER) {
            throw new IllegalArgumentException("the EC PRIVATE KEY gives its curve as explicit parameters instead of"
                    + " by name (openssl ec -param_enc named_curve); " + NEEDS);
        }
        if (!Arrays.equals(named.get(0).content(), P256_OID)) {
            throw new IllegalArgumentException("the PEM holds an EC key on another curve than P-256; " + NEEDS);
        }
        BigInteger d = new BigInteger(1, fields.get(1).content());
        if (!P256.isPrivateScalar(d)) {
            throw new IllegalArgumentException("the EC PRIVATE KEY is out of the range of P-256 private keys");
        }
        try {
            return P256.privateKey(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the EC PRIVATE KEY is not usable by this JDK; " + NEEDS);
        }
    }

    private static IllegalArgumentException malformedSec1() {
        return new IllegalArgumentException("the EC PRIVATE KEY is not a well-formed SEC1 key");
    }

    /** One DER element: its tag and where its content lies in {@code data}. */
    private record Tlv(int tag, byte[] data, int start, int end) {

        static Tlv at(byte[] data, int offset, int limit) {
            if (offset + 2 > limit) {
                throw malformedSec1();
            }
            int tag = data[offset] & 0xff;
            int length = data[offset + 1] & 0xff;
            int start = offset + 2;
            if (length >= 0x80) {
                int lengthBytes = length & 0x7f;
                if (lengthBytes == 0 || lengthBytes > 3 || start + lengthBytes > limit) {
                    throw malformedSec1();
                }
                length = 0;
                for (int i = 0; i < lengthBytes; i++) {
                    length = (length << 8) | (data[start++] & 0xff);
                }
            }
            if (length > limit - start) {
                throw malformedSec1();
            }
            return new Tlv(tag, data, start, start + length);
        }

        List<Tlv> children() {
            List<Tlv> children = new ArrayList<>();
            for (int offset = start; offset < end; ) {
                Tlv child = at(data, offset, end);
                children.add(child);
                offset = child.end();
            }
            return children;
        }

        byte[] content() {
            return Arrays.copyOfRange(data, start, end);
        }
    }
}
