package dev.passbook.adapters.pdf;

import dev.passbook.core.document.SignatureFacts;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.util.Store;

import java.security.MessageDigest;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;

/**
 * Checks each embedded signature with BouncyCastle: does the CMS signature verify over the bytes its
 * {@code /ByteRange} names, and does that range reach the end of the file? A valid signature that no
 * longer reaches the end means someone appended an incremental update after signing.
 * The certificate chain is not validated against any trust store: this is tamper evidence, not identity.
 */
final class SignatureInspector {

    /**
     * A private instance: never install BouncyCastle into the JVM-wide provider list behind the host's
     * back. Built on first use only: registering its algorithms costs about half a second of CPU, and
     * most statements carry no signature.
     */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    private SignatureInspector() {
    }

    static List<SignatureFacts> inspect(PDDocument doc, byte[] file) {
        java.util.List<PDSignature> signatures;
        try {
            signatures = doc.getSignatureDictionaries();
        } catch (RuntimeException malformedAcroForm) {
            return List.empty();
        }
        java.util.List<SignatureFacts> facts = new ArrayList<>();
        for (PDSignature signature : signatures) {
            facts.add(inspect(signature, file));
        }
        return List.ofAll(facts);
    }

    private static SignatureFacts inspect(PDSignature signature, byte[] file) {
        int[] range = signature.getByteRange();
        boolean wellFormedRange = range != null && range.length == 4 && range[0] == 0
                && range[1] >= 0 && range[2] >= range[1] && range[3] >= 0
                && (long) range[2] + range[3] <= file.length;
        boolean coversWholeFile = wellFormedRange && (long) range[2] + range[3] == file.length;
        if (!wellFormedRange) {
            return new SignatureFacts(false, false, Option.none(), Option.none(), Option.none());
        }
        try {
            ContentInfo contents = contentInfo(signature.getContents(file));
            byte[] signedContent = signature.getSignedContent(file);
            CMSSignedData cms = "adbe.pkcs7.sha1".equals(signature.getSubFilter())
                    ? new CMSSignedData(contents)
                    : new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return new SignatureFacts(false, coversWholeFile, Option.none(), Option.none(), Option.none());
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> store = cms.getCertificates();
            @SuppressWarnings("unchecked")
            Iterator<X509CertificateHolder> matches = store.getMatches(signer.getSID()).iterator();
            if (!matches.hasNext()) {
                return new SignatureFacts(false, coversWholeFile, Option.none(), Option.none(), Option.none());
            }
            X509CertificateHolder certificate = matches.next();
            boolean valid = verifies(signer, certificate)
                    && ("adbe.pkcs7.sha1".equals(signature.getSubFilter())
                    ? encapsulatedDigestMatches(cms, signedContent) : true);
            return new SignatureFacts(valid, coversWholeFile, Option.of(certificate.getSubject().toString()),
                    Option.of(certificate.getNotBefore().toInstant()), Option.of(certificate.getNotAfter().toInstant()));
        } catch (Exception | LinkageError unreadable) {
            return new SignatureFacts(false, coversWholeFile, Option.none(), Option.none(), Option.none());
        }
    }

    /**
     * /Contents is a placeholder reserved before signing and padded with zeros after the DER
     * structure; BouncyCastle's strict parsing rejects the padding, so read exactly one object.
     */
    private static ContentInfo contentInfo(byte[] contents) throws java.io.IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean verifies(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(certificate));
        } catch (Exception invalid) {
            return false;
        }
    }

    /** adbe.pkcs7.sha1 signs a SHA-1 digest of the byte ranges carried inside the CMS structure. */
    private static boolean encapsulatedDigestMatches(CMSSignedData cms, byte[] signedContent) throws Exception {
        Object content = cms.getSignedContent() == null ? null : cms.getSignedContent().getContent();
        if (!(content instanceof byte[] encapsulated)) {
            return false;
        }
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(signedContent);
        byte[] carried = encapsulated;
        try {
            ASN1Primitive parsed = ASN1Primitive.fromByteArray(encapsulated);
            if (parsed instanceof ASN1OctetString octets) {
                carried = octets.getOctets();
            }
        } catch (Exception notAsn1) {
            // raw digest bytes
        }
        return MessageDigest.isEqual(digest, carried);
    }
}
