package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.PageFacts;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;

/**
 * {@link DocumentReader} over PDFBox 3: opens (and decrypts) a PDF held in memory, extracts positioned
 * words page by page, and gathers metadata and forensic facts. Every failure, PDFBox's included, comes
 * back as a catalogued {@link UploadError}; nothing is thrown for bad input. Thread-safe: each call
 * works on its own PDFBox objects.
 *
 * <pre>{@code
 * Either<UploadError, Document> doc = new PdfDocumentReader().read(bytes, Option.of("secret"));
 * }</pre>
 */
public final class PdfDocumentReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentReader.class);
    private static final byte[] PUBLIC_KEY_FILTER = "/Adobe.PubSec".getBytes(StandardCharsets.US_ASCII);

    static {
        MeteredFilters.install();
    }

    private final ReaderLimits limits;
    private final DecodeLimits decodeLimits;
    /*
     * Decoded streams up to 8 MB per document stay on the heap (fast for ordinary pages); beyond that
     * PDFBox spills to a temp scratch file, capped at 1 GB so a decompression bomb fills neither the
     * heap nor the disk.
     */
    private static final long SCRATCH_MEMORY_BYTES = 8L * 1024 * 1024;
    private static final long SCRATCH_STORAGE_BYTES = 1024L * 1024 * 1024;
    private final StreamCacheCreateFunction streamCache =
            MemoryUsageSetting.setupMixed(SCRATCH_MEMORY_BYTES, SCRATCH_STORAGE_BYTES).streamCache;

    /** With {@link ReaderLimits#defaults()}; the constructor ServiceLoader uses. */
    public PdfDocumentReader() {
        this(ReaderLimits.defaults());
    }

    public PdfDocumentReader(ReaderLimits limits) {
        this(limits, DecodeLimits.defaults());
    }

    public PdfDocumentReader(ReaderLimits limits, DecodeLimits decodeLimits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.decodeLimits = Objects.requireNonNull(decodeLimits, "decodeLimits");
    }

    PdfDocumentReader(ReaderLimits limits, long maxContentBytesPerPage) {
        this(limits, DecodeLimits.defaults().withContentBytesPerPage(maxContentBytesPerPage));
    }

    public ReaderLimits limits() {
        return limits;
    }

    public DecodeLimits decodeLimits() {
        return decodeLimits;
    }

    @Override
    public Either<UploadError, Document> read(byte[] file, Option<String> password) {
        if (file == null || file.length == 0) {
            return Either.left(UploadError.of(ErrorCode.EMPTY_FILE));
        }
        if (file.length > limits.maxBytes()) {
            return Either.left(UploadError.of(ErrorCode.FILE_TOO_LARGE));
        }
        if (!FileFrame.looksComplete(file)) {
            return Either.left(invalid());
        }
        // the budget starts before loading: cross-reference and object streams are decoded then
        try (ReadBudget budget = ReadBudget.open(Deadline.in(limits.timeBudget()), decodeLimits)) {
            Either<UploadError, Document> result = readWithin(file, password == null ? Option.none() : password, budget);
            // a limit hit inside PDFBox code that caught and logged the failure still decides the answer
            return budget.failure().isDefined() ? Either.left(budget.failure().get()) : result;
        }
    }

    private Either<UploadError, Document> readWithin(byte[] file, Option<String> password, ReadBudget budget) {
        try {
            return open(file, password).flatMap(doc -> {
                try {
                    return extract(doc, file, budget);
                } catch (IOException unreadable) {
                    return Either.left(invalid());
                } finally {
                    closeQuietly(doc);
                }
            });
        } catch (ReadFailure failure) {
            return Either.left(failure.error());
        } catch (StackOverflowError tooDeep) {
            return Either.left(ReadFailure.tooComplex("nesting depth").error());
        } catch (OutOfMemoryError tooBig) {
            // decompression bombs: the document's objects are unreachable by now, so the heap recovers
            return Either.left(ReadFailure.tooComplex("memory").error());
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable unexpected) {
            LOG.debug("unreadable PDF: " + unexpected.getClass().getName());
            return Either.left(invalid());
        }
    }

    /**
     * Tries the given password (PDFBox accepts it as owner or user password). When that fails and a
     * password was given, tries the empty one: a file protected only by an owner password must open
     * whatever a client sends along with it.
     */
    private Either<UploadError, PDDocument> open(byte[] file, Option<String> password) {
        String given = password.getOrElse("");
        try {
            return Either.right(load(file, given));
        } catch (InvalidPasswordException wrong) {
            if (!given.isEmpty()) {
                try {
                    return Either.right(load(file, ""));
                } catch (InvalidPasswordException alsoWrong) {
                    // fall through: the file needs a user password we were not given
                } catch (IOException | RuntimeException other) {
                    return Either.left(classify(file));
                }
            }
            return Either.left(publicKeyEncrypted(file)
                    ? UploadError.of(ErrorCode.PDF_CERTIFICATE_ENCRYPTED) : UploadError.of(ErrorCode.PASSWORD_INCORRECT));
        } catch (IOException | RuntimeException broken) {
            return Either.left(classify(file));
        }
    }

    private PDDocument load(byte[] file, String password) throws IOException {
        return Loader.loadPDF(file, password, null, null, streamCache);
    }

    /** PDFBox reports certificate encryption only as a generic failure; the filter name tells it apart. */
    private static UploadError classify(byte[] file) {
        return publicKeyEncrypted(file) ? UploadError.of(ErrorCode.PDF_CERTIFICATE_ENCRYPTED) : invalid();
    }

    // the encryption dictionary may not live in an object stream, so its /Filter is always plain bytes
    private static boolean publicKeyEncrypted(byte[] file) {
        return RevisionCounter.indexOf(file, PUBLIC_KEY_FILTER, 0) >= 0;
    }

    private Either<UploadError, Document> extract(PDDocument doc, byte[] file, ReadBudget budget) throws IOException {
        int pageCount = doc.getNumberOfPages();
        if (pageCount > limits.maxPages()) {
            return Either.left(ReadFailure.tooComplex(limits.maxPages() + " pages").error());
        }
        if (pageCount == 0) {
            return Either.left(invalid());
        }
        Metadata metadata = MetadataReader.read(doc);
        java.util.List<Page> pages = new ArrayList<>(pageCount);
        java.util.List<PageFacts> facts = new ArrayList<>(pageCount);
        int[] textPages = {0};
        int[] imageOnlyPages = {0};
        int[] unreadablePages = {0};
        PageCollector collector = new PageCollector(budget, page -> {
            pages.add(page.page());
            facts.add(page.facts());
            if (page.unreadable()) {
                unreadablePages[0]++;
            }
            if (page.facts().imageOnly()) {
                imageOnlyPages[0]++;
            } else if (page.usableCharacters() > 0) {
                textPages[0]++;
            }
        });
        collector.writeText(doc, Writer.nullWriter());
        budget.check();
        // content PDFBox gave up on part-way would hand parsers a statement with rows silently missing
        if (unreadablePages[0] > 0 || ImageOnlyRule.nothingToRead(textPages[0], imageOnlyPages[0])) {
            return Either.left(invalid());
        }
        if (ImageOnlyRule.rejects(textPages[0], imageOnlyPages[0])) {
            return Either.left(UploadError.of(ErrorCode.PDF_IS_IMAGE));
        }
        Forensics forensics = new Forensics(RevisionCounter.revisions(file), List.ofAll(facts),
                SignatureInspector.inspect(doc, file));
        return Either.right(new Document(List.ofAll(pages), metadata, forensics));
    }

    /** A failure to release scratch files must not turn a finished extraction into an error. */
    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException | RuntimeException ignored) {
            LOG.debug("closing a PDF failed: " + ignored.getClass().getName());
        }
    }

    private static UploadError invalid() {
        return UploadError.of(ErrorCode.INVALID_FILE_OBJECT);
    }

    @Override
    public String toString() {
        return "PdfDocumentReader" + Map.of("limits", limits);
    }
}
