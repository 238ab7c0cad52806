package dev.passbook.testkit.render;

import dev.passbook.testkit.GeneratedStatement;
import io.vavr.control.Option;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Draws a {@link GeneratedStatement} as a real PDF (PDFBox 3) in its layout.
 *
 * <pre>{@code
 * GeneratedStatement s = Statements.hdfcLegacy().sample();
 * byte[] pdf = StatementRenderer.render(s, RenderOptions.bankLike(s.layout()));
 * }</pre>
 *
 * Output is reproducible: the same statement and options give the same bytes (the file id is derived
 * from the statement), except with AES, whose initialisation vectors are random.
 */
public final class StatementRenderer {

    private static final DateTimeFormatter NO_OFFSET = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private StatementRenderer() {
    }

    public static byte[] render(GeneratedStatement statement, RenderOptions options) {
        return renderWithTruth(statement, options).pdf();
    }

    /** The file and the truth of what it prints (a tampered balance is recorded in the truth). */
    public static RenderedStatement renderWithTruth(GeneratedStatement statement, RenderOptions options) {
        GeneratedStatement printed = statement;
        for (Tampering t : options.tampering()) {
            if (t instanceof Tampering.EditedBalance e) {
                printed = printed.withEditedBalance(e.row(), e.delta());
            }
        }
        LayoutDesign design = printed.layout().design();
        try {
            byte[] pdf = draw(printed, design, options);
            for (Tampering t : options.tampering()) {
                if (t instanceof Tampering.IncrementalResave r) {
                    pdf = resave(pdf, r, options, info(printed, design, options));
                }
            }
            return new RenderedStatement(pdf, printed);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering failed", e);
        }
    }

    /** The bank generator's info unless overridden; a {@link Tampering.Producer} replaces producer and creator. */
    static PdfInfo info(GeneratedStatement s, LayoutDesign design, RenderOptions options) {
        OffsetDateTime created = s.options().generatedOn().atOffset(ZoneOffset.ofHoursMinutes(5, 30));
        PdfInfo info = options.info().getOrElse(() -> new PdfInfo("Passbook testkit " + s.layout().id() + " generator",
                design.creator(), "Statement of account", created, created));
        for (Tampering t : options.tampering()) {
            if (t instanceof Tampering.Producer p) {
                info = new PdfInfo(Option.some(p.producer()), Option.some(p.producer()), info.author(), info.title(),
                        info.created(), info.modified(), info.offsetWritten());
            }
        }
        return info;
    }

    private static byte[] draw(GeneratedStatement s, LayoutDesign design, RenderOptions options) throws IOException {
        try (PDDocument drawn = new PDDocument()) {
            new PageComposer(design, s, options).compose(drawn, Fonts.load(drawn, options.font()));
            if (options.imageOnly()) {
                try (PDDocument images = rasterise(drawn)) {
                    return save(images, s, design, options);
                }
            }
            return save(drawn, s, design, options);
        }
    }

    private static byte[] save(PDDocument doc, GeneratedStatement s, LayoutDesign design, RenderOptions options)
            throws IOException {
        PdfInfo info = info(s, design, options);
        PDDocumentInformation di = doc.getDocumentInformation();
        info.producer().forEach(di::setProducer);
        info.creator().forEach(di::setCreator);
        info.author().forEach(di::setAuthor);
        di.setTitle(info.title());
        info.created().forEach(t -> setDate(di, COSName.CREATION_DATE, t, info.offsetWritten()));
        info.modified().forEach(t -> setDate(di, COSName.MOD_DATE, t, info.offsetWritten()));
        // the header carries the version; a catalog /Version (PDFBox writes 1.4 for new files) would
        // override it for readers, and HDFC's generator writes a plain 1.3 file
        doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.VERSION);
        doc.getDocument().setVersion(design.pdfVersion());
        byte[] id = fileId(s);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
        Encryption e = options.encryption();
        if (e instanceof Encryption.OwnerOnly o) {
            doc.protect(policy(o.ownerPassword(), "", Encryption.Cipher.RC4_128));
        } else if (e instanceof Encryption.UserPassword u) {
            doc.protect(policy(u.ownerPassword(), u.userPassword(), u.cipher()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    private static StandardProtectionPolicy policy(String owner, String user, Encryption.Cipher cipher) {
        AccessPermission permission = new AccessPermission();
        permission.setCanModify(false);
        permission.setCanAssembleDocument(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permission);
        policy.setEncryptionKeyLength(cipher == Encryption.Cipher.AES_256 ? 256 : 128);
        policy.setPreferAES(cipher == Encryption.Cipher.AES_256);
        return policy;
    }

    /** Each page drawn to a greyscale bitmap and put back as a full-page JPEG: no text is left. */
    private static PDDocument rasterise(PDDocument drawn) throws IOException {
        PDDocument images = new PDDocument();
        PDFRenderer renderer = new PDFRenderer(drawn);
        for (int i = 0; i < drawn.getNumberOfPages(); i++) {
            PDRectangle box = drawn.getPage(i).getMediaBox();
            BufferedImage image = renderer.renderImageWithDPI(i, 110, ImageType.GRAY);
            PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
            images.addPage(page);
            PDImageXObject x = JPEGFactory.createFromImage(images, image, 0.8f);
            try (PDPageContentStream cs = new PDPageContentStream(images, page)) {
                cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
            }
        }
        return images;
    }

    /** An incremental update: the original bytes untouched, then a new info dictionary and trailer. */
    private static byte[] resave(byte[] pdf, Tampering.IncrementalResave r, RenderOptions options, PdfInfo original)
            throws IOException {
        String password = options.encryption() instanceof Encryption.UserPassword u ? u.ownerPassword()
                : options.encryption() instanceof Encryption.OwnerOnly o ? o.ownerPassword() : "";
        try (PDDocument doc = Loader.loadPDF(pdf, password)) {
            PDDocumentInformation di = doc.getDocumentInformation();
            di.setProducer(r.producer());
            original.created().orElse(original::modified).map(t -> t.plus(r.after()))
                    .forEach(t -> setDate(di, COSName.MOD_DATE, t, original.offsetWritten()));
            di.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return stableSecondId(out.toByteArray(), pdf.length);
        }
    }

    /**
     * PDFBox gives the updated revision a time-based second file id (as editors do). To keep output
     * reproducible it is replaced, in the appended part only and at the same length so no offset
     * moves, by a digest of the original file. The first id, which keys any encryption, is untouched.
     */
    private static byte[] stableSecondId(byte[] file, int originalLength) {
        String s = new String(file, StandardCharsets.ISO_8859_1);
        int id = s.lastIndexOf("/ID [<");
        if (id < originalLength) {
            return file;
        }
        int secondStart = s.indexOf("<", s.indexOf(">", id)) + 1;
        int secondEnd = s.indexOf(">", secondStart);
        if (secondStart <= 0 || secondEnd < 0) {
            return file;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(file, originalLength));
            StringBuilder hex = new StringBuilder();
            while (hex.length() < secondEnd - secondStart) {
                for (byte b : digest) {
                    hex.append(String.format("%02X", b));
                }
            }
            byte[] out = file.clone();
            byte[] replacement = hex.substring(0, secondEnd - secondStart).getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(replacement, 0, out, secondStart, replacement.length);
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code D:YYYYMMDDHHmmSS+HH'mm'}, or without the offset when the generator writes none. */
    private static void setDate(PDDocumentInformation di, COSName key, OffsetDateTime t, boolean withOffset) {
        if (withOffset) {
            di.getCOSObject().setDate(key, calendar(t));
        } else {
            di.getCOSObject().setString(key, "D:" + NO_OFFSET.format(t));
        }
    }

    private static Calendar calendar(OffsetDateTime t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(t.getOffset()));
        c.setTimeInMillis(t.toInstant().toEpochMilli());
        return c;
    }

    private static byte[] fileId(GeneratedStatement s) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((s.identity().accountNumber() + "|" + s.declaredPeriod() + "|" + s.options().generatedOn()
                    + "|" + s.transactions().size() + "|" + s.closingBalance()).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md5.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
