package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged and hostile input only ever yields a Document or a catalogued error, never an exception. */
class PdfDocumentReaderProperties {

    private static final Set<ErrorCode> READER_ERRORS = EnumSet.of(ErrorCode.EMPTY_FILE, ErrorCode.INVALID_FILE_OBJECT,
            ErrorCode.PASSWORD_INCORRECT, ErrorCode.PDF_IS_IMAGE, ErrorCode.PDF_CERTIFICATE_ENCRYPTED,
            ErrorCode.PDF_TOO_COMPLEX, ErrorCode.FILE_TOO_LARGE);
    private static final byte[] EOF = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static List<byte[]> seeds;

    private static synchronized List<byte[]> seeds() {
        if (seeds == null) {
            StandardProtectionPolicy rc4 = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            rc4.setEncryptionKeyLength(128);
            rc4.setPreferAES(false);
            StandardProtectionPolicy aesOwnerOnly = new StandardProtectionPolicy("owner", "", new AccessPermission());
            aesOwnerOnly.setEncryptionKeyLength(256);
            byte[] plain = TestPdfs.pdf().page(p -> p.rows(12)).page(p -> p.image(20, 20, 100, 40).rows(5)).build();
            seeds = List.of(
                    plain,
                    TestPdfs.uncompressed(plain),
                    TestPdfs.pdf().page(p -> p.rows(6)).protect(rc4).build(),
                    TestPdfs.pdf().page(p -> p.rows(6)).protect(aesOwnerOnly).build(),
                    TestPdfs.incrementalInfoUpdate(plain, i -> i.setProducer("edited")),
                    TestSigning.sign(TestPdfs.uncompressed(plain)));
        }
        return seeds;
    }

    @Property(tries = 200)
    void damagedOrHostileBytesYieldADocumentOrACataloguedError(@ForAll("damaged") byte[] file,
                                                               @ForAll("passwords") Option<String> password) {
        Either<UploadError, Document> result = Results.READER.read(file, password);

        assertNotNull(result);
        if (result.isLeft()) {
            assertTrue(READER_ERRORS.contains(result.getLeft().errorCode()), () -> "uncatalogued " + result.getLeft());
        } else {
            Document doc = result.get();
            assertTrue(doc.pageCount() > 0);
            doc.pages().forEach(page -> assertTrue(page.lines().map(Line::y).sliding(2)
                    .forAll(pair -> pair.size() < 2 || pair.get(0) <= pair.get(1)), "lines out of order"));
        }
    }

    @Provide
    Arbitrary<Option<String>> passwords() {
        return Arbitraries.of(Option.none(), Option.of(""), Option.of("user"), Option.of("owner"), Option.of("wrong"));
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> seed = Arbitraries.of(seeds());
        Arbitrary<byte[]> truncated = seed.flatMap(s -> Arbitraries.integers().between(0, s.length)
                .map(n -> Arrays.copyOf(s, n)));
        // re-closing a truncated file gets past the frame check and into PDFBox's recovery parser
        Arbitrary<byte[]> truncatedAndReclosed = truncated.map(t -> concat(t, EOF));
        Arbitrary<byte[]> bitFlipped = seed.flatMap(s -> Arbitraries.integers().between(0, s.length * 8 - 1)
                .list().ofMinSize(1).ofMaxSize(24).map(bits -> flip(s, bits)));
        Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> framedGarbage = garbage.map(g -> concat(concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), g), EOF));
        Arbitrary<byte[]> spliced = Combinators.combine(seed, seed, Arbitraries.doubles().between(0, 1))
                .as((a, b, cut) -> concat(Arrays.copyOf(a, (int) (a.length * cut)),
                        Arrays.copyOfRange(b, (int) (b.length * cut), b.length)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, truncated),
                net.jqwik.api.Tuple.of(3, truncatedAndReclosed),
                net.jqwik.api.Tuple.of(4, bitFlipped),
                net.jqwik.api.Tuple.of(1, garbage),
                net.jqwik.api.Tuple.of(2, framedGarbage),
                net.jqwik.api.Tuple.of(1, spliced));
    }

    private static byte[] flip(byte[] seed, List<Integer> bits) {
        byte[] copy = seed.clone();
        for (int bit : bits) {
            copy[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
