package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import io.vavr.control.Option;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.PublicKeyProtectionPolicy;
import org.apache.pdfbox.pdmodel.encryption.PublicKeyRecipient;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.Map;

import static dev.passbook.adapters.pdf.Results.readFails;
import static dev.passbook.adapters.pdf.Results.readOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EncryptionTest {

    private static final String USER = "s3cret-user";
    private static final String OWNER = "owner-only-pw";

    /** The four standard-security variants bank generators use. */
    enum Kind {
        RC4_40(40, false, "RC4-40"),
        RC4_128(128, false, "RC4-128"),
        AES_128(128, true, "AES-128"),
        AES_256(256, true, "AES-256");

        final int bits;
        final boolean aes;
        final String name;

        Kind(int bits, boolean aes, String name) {
            this.bits = bits;
            this.aes = aes;
            this.name = name;
        }
    }

    private static final Map<Kind, byte[]> USER_PROTECTED = new EnumMap<>(Kind.class);

    private static synchronized byte[] userProtected(Kind kind) {
        return USER_PROTECTED.computeIfAbsent(kind, k -> statement().protect(policy(k, OWNER, USER)).build());
    }

    private static StandardProtectionPolicy policy(Kind kind, String owner, String user) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
        policy.setEncryptionKeyLength(kind.bits);
        policy.setPreferAES(kind.aes);
        return policy;
    }

    private static TestPdfs.Builder statement() {
        return TestPdfs.pdf().page(p -> p.text("Statement of account", 50, 80).rows(5));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void opensWithTheRightUserPasswordAndNamesTheAlgorithm(Kind kind) {
        Document doc = readOk(userProtected(kind), Option.of(USER));

        assertEquals("Statement of account", doc.pages().head().lines().head().text());
        assertEquals(Option.of(kind.name), doc.metadata().encryption());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theOwnerPasswordAlsoOpensIt(Kind kind) {
        assertEquals(Option.of(kind.name), readOk(userProtected(kind), Option.of(OWNER)).metadata().encryption());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWrongPasswordIsIncorrect(Kind kind) {
        readFails(userProtected(kind), Option.of("not-the-password"), ErrorCode.PASSWORD_INCORRECT);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmptyPasswordIsIncorrect(Kind kind) {
        readFails(userProtected(kind), Option.of(""), ErrorCode.PASSWORD_INCORRECT);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMissingPasswordIsIncorrect(Kind kind) {
        readFails(userProtected(kind), Option.none(), ErrorCode.PASSWORD_INCORRECT);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anOwnerPasswordOnlyFileOpensWithoutAPassword(Kind kind) {
        byte[] pdf = statement().protect(policy(kind, OWNER, "")).build();

        Document doc = readOk(pdf, Option.none());

        assertEquals("Statement of account", doc.pages().head().lines().head().text());
        assertEquals(Option.of(kind.name), doc.metadata().encryption());
    }

    @Test
    void anOwnerPasswordOnlyFileOpensWhateverPasswordTheClientSends() {
        byte[] pdf = statement().protect(policy(Kind.RC4_128, OWNER, "")).build();

        assertEquals(6, readOk(pdf, Option.of("some-password-the-client-always-sends")).pages().head().lines().size());
    }

    @Test
    void aCertificateEncryptedFileIsReportedAsSuch() throws Exception {
        PublicKeyRecipient recipient = new PublicKeyRecipient();
        recipient.setX509(TestCertificates.certificate());
        recipient.setPermission(new AccessPermission());
        PublicKeyProtectionPolicy policy = new PublicKeyProtectionPolicy();
        policy.addRecipient(recipient);
        policy.setEncryptionKeyLength(128);
        byte[] pdf = statement().protect(policy).build();

        readFails(pdf, Option.none(), ErrorCode.PDF_CERTIFICATE_ENCRYPTED);
        readFails(pdf, Option.of(USER), ErrorCode.PDF_CERTIFICATE_ENCRYPTED);
    }
}
