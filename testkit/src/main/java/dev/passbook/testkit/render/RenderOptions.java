package dev.passbook.testkit.render;

import dev.passbook.testkit.Layout;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * How to draw a statement. Start from {@link #defaults()} (header on every page, layout's page size,
 * Helvetica, no encryption, bank-like metadata) and change one thing at a time:
 * {@code RenderOptions.defaults().headerOnFirstPageOnly().encryption(Encryption.ownerOnly())}.
 *
 * @param info when none, the layout's generator info dated at the statement's {@code generatedOn}
 */
public record RenderOptions(boolean headerOnEveryPage, Option<PageSize> pageSize, FontChoice font,
                            Encryption encryption, boolean imageOnly, List<Tampering> tampering, Option<PdfInfo> info) {

    public static RenderOptions defaults() {
        return new RenderOptions(true, Option.none(), FontChoice.STANDARD_14, Encryption.none(), false, List.empty(),
                Option.none());
    }

    /** As the bank issues the layout ({@link LayoutDesign#issuedEncryption()}): HDFC legacy files are RC4-encrypted with an owner password only. */
    public static RenderOptions bankLike(Layout layout) {
        return defaults().encryption(layout.design().issuedEncryption());
    }

    public RenderOptions headerOnFirstPageOnly() {
        return new RenderOptions(false, pageSize, font, encryption, imageOnly, tampering, info);
    }

    public RenderOptions pageSize(PageSize size) {
        return new RenderOptions(headerOnEveryPage, Option.some(size), font, encryption, imageOnly, tampering, info);
    }

    public RenderOptions font(FontChoice choice) {
        return new RenderOptions(headerOnEveryPage, pageSize, choice, encryption, imageOnly, tampering, info);
    }

    public RenderOptions encryption(Encryption e) {
        return new RenderOptions(headerOnEveryPage, pageSize, font, e, imageOnly, tampering, info);
    }

    /** Every page rasterised and written back as an image: the file has no text at all. */
    public RenderOptions asImageOnly() {
        return new RenderOptions(headerOnEveryPage, pageSize, font, encryption, true, tampering, info);
    }

    public RenderOptions tamper(Tampering t) {
        return new RenderOptions(headerOnEveryPage, pageSize, font, encryption, imageOnly, tampering.append(t), info);
    }

    public RenderOptions info(PdfInfo i) {
        return new RenderOptions(headerOnEveryPage, pageSize, font, encryption, imageOnly, tampering, Option.some(i));
    }
}
