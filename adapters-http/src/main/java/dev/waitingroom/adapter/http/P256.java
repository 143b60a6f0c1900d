package dev.waitingroom.adapter.http;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;

/**
 * The curve ES256 signs on (NIST P-256, secp256r1), and the one sum the JDK does not offer: the public
 * point of a private key (d times the generator). A PEM private key need not carry its public half,
 * and the published key set needs it. Plain affine arithmetic: it runs once, when a key is read.
 */
final class P256 {

    static final ECParameterSpec PARAMETERS = parameters();

    private static final BigInteger P = ((ECFieldFp) PARAMETERS.getCurve().getField()).getP();
    private static final BigInteger A = PARAMETERS.getCurve().getA();
    private static final BigInteger THREE = BigInteger.valueOf(3);

    private P256() {
    }

    /** Whether the parameters are P-256's (a key's parameters may come from any provider, so they are compared by value). */
    static boolean isTheCurveOf(ECParameterSpec parameters) {
        return parameters.getCurve().equals(PARAMETERS.getCurve())
                && parameters.getGenerator().equals(PARAMETERS.getGenerator())
                && parameters.getOrder().equals(PARAMETERS.getOrder())
                && parameters.getCofactor() == PARAMETERS.getCofactor();
    }

    /** Whether d is a private key of the curve: 1 <= d < n. */
    static boolean isPrivateScalar(BigInteger d) {
        return d.signum() > 0 && d.compareTo(PARAMETERS.getOrder()) < 0;
    }

    static ECPrivateKey privateKey(BigInteger d) throws GeneralSecurityException {
        return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(d, PARAMETERS));
    }

    static ECPublicKey publicKeyOf(ECPrivateKey privateKey) throws GeneralSecurityException {
        ECPoint point = multiply(PARAMETERS.getGenerator(), privateKey.getS());
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, PARAMETERS));
    }

    /** k times the point, by double-and-add from the highest bit. */
    static ECPoint multiply(ECPoint point, BigInteger k) {
        ECPoint sum = ECPoint.POINT_INFINITY;
        for (int bit = k.bitLength() - 1; bit >= 0; bit--) {
            sum = add(sum, sum);
            if (k.testBit(bit)) {
                sum = add(sum, point);
            }
        }
        return sum;
    }

    private static ECPoint add(ECPoint p, ECPoint q) {
        if (p.equals(ECPoint.POINT_INFINITY)) {
            return q;
        }
        if (q.equals(ECPoint.POINT_INFINITY)) {
            return p;
        }
        BigInteger x1 = p.getAffineX();
        BigInteger y1 = p.getAffineY();
        BigInteger x2 = q.getAffineX();
        BigInteger y2 = q.getAffineY();
        BigInteger slope;
        if (x1.equals(x2)) {
            if (!y1.equals(y2) || y1.signum() == 0) {
                return ECPoint.POINT_INFINITY; // q is -p
            }
            slope = THREE.multiply(x1).multiply(x1).add(A).multiply(y1.shiftLeft(1).modInverse(P)).mod(P);
        } else {
            slope = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(P)).mod(P);
        }
        BigInteger x3 = slope.multiply(slope).subtract(x1).subtract(x2).mod(P);
        BigInteger y3 = slope.multiply(x1.subtract(x3)).subtract(y1).mod(P);
        return new ECPoint(x3, y3);
    }

    private static ECParameterSpec parameters() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has the curve secp256r1", e);
        }
    }
}
