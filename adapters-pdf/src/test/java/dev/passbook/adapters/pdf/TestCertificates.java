package dev.passbook.adapters.pdf;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/** A self-signed RSA certificate made with BouncyCastle, generated once per test JVM (key generation is slow). */
final class TestCertificates {

    static final String SUBJECT = "CN=Passbook Test Signer,O=Passbook,C=IN";
    static final Instant NOT_BEFORE = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2034-01-01T00:00:00Z");

    private static KeyPair keyPair;
    private static X509Certificate certificate;

    private TestCertificates() {
    }

    static synchronized KeyPair keyPair() {
        init();
        return keyPair;
    }

    static synchronized X509Certificate certificate() {
        init();
        return certificate;
    }

    private static void init() {
        if (certificate != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keyPair = generator.generateKeyPair();
            X500Name name = new X500Name(SUBJECT);
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(42),
                    Date.from(NOT_BEFORE), Date.from(NOT_AFTER), name, keyPair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate()));
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
