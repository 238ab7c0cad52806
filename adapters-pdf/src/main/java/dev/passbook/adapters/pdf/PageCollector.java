package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Page;
import dev.passbook.core.document.PageFacts;
import io.vavr.collection.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Walks the pages once with PDFBox's text engine (which decodes fonts and merges diacritics), but
 * replaces its string output with our own positional grouping ({@link LineBuilder}).
 * Each finished page is handed to {@code sink} and its TextPositions dropped, so memory stays flat
 * however many pages the file has. It also notes whether a page draws images, for the image-only rule.
 */
final class PageCollector extends PDFTextStripper {

    /** A page with images and fewer non-blank characters than this is treated as a scan. */
    static final int USABLE_TEXT_MIN_CHARS = 10;

    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");
    private static final int OPERATORS_PER_DEADLINE_CHECK = 256;

    private final ReadBudget budget;
    private final DecodeLimits limits;
    private final Consumer<PageText> sink;
    private final Map<PDFont, String> fontNames = new HashMap<>();
    private int pageNumber;
    private boolean pageHasImages;
    private long operatorCount;
    private long pageOperators;
    private long pageGlyphs;
    private int markedContentDepth;
    private ContentMeter meter;
    private final PaintedAreas painted = new PaintedAreas();
    /** Glyphs filled white on this page, with their centres in page space: judged when the page ends. */
    private final Map<TextPosition, float[]> whiteGlyphs = new java.util.IdentityHashMap<>();
    private final java.util.Set<Object> formsBeingDrawn =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    PageCollector(ReadBudget budget, Consumer<PageText> sink) {
        this.budget = budget;
        this.limits = budget.limits();
        this.sink = sink;
        setSortByPosition(false);
        // LineBuilder drops overdrawn glyphs itself, per line and much cheaper than PDFBox's page-wide map
        setSuppressDuplicateOverlappingText(false);
        setShouldSeparateByBeads(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        budget.check();
        pageNumber++;
        pageHasImages = false;
        pageOperators = 0;
        pageGlyphs = 0;
        markedContentDepth = 0;
        fontNames.clear(); // keep no PDFont alive past its page
        painted.newPage();
        whiteGlyphs.clear();
        meter = new ContentMeter(budget);
        super.processPage(new BoundedPage(page, meter));
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        enterForm(form.getCOSObject());
        try {
            super.showForm(meter == null ? form : BoundedForm.of(form, meter));
        } finally {
            formsBeingDrawn.remove(form.getCOSObject());
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        enterForm(group.getCOSObject());
        try {
            super.showTransparencyGroup(meter == null ? group : BoundedForm.of(group, meter));
        } finally {
            formsBeingDrawn.remove(group.getCOSObject());
        }
    }

    /**
     * A form that draws itself, directly or through others, never ends: PDFBox has no guard, and
     * each level may draw the next several times (exponential work). A form already being drawn is
     * a cycle.
     */
    private void enterForm(Object form) {
        if (!formsBeingDrawn.add(form)) {
            throw budget.tooComplex("a form XObject that draws itself");
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (meter != null) {
            meter.operator();
        }
        if (++operatorCount % OPERATORS_PER_DEADLINE_CHECK == 0) {
            budget.check();
        }
        if (++pageOperators > limits.operatorsPerPage()) {
            throw budget.tooComplex("more than " + limits.operatorsPerPage() + " operators on one page");
        }
        String name = operator.getName();
        switch (name) {
            case "q" -> {
                if (getGraphicsStackSize() >= limits.nestingDepth()) {
                    throw budget.tooComplex("graphics states nested more than " + limits.nestingDepth() + " deep");
                }
            }
            case "BMC", "BDC" -> {
                if (++markedContentDepth > limits.nestingDepth()) {
                    throw budget.tooComplex("marked content nested more than " + limits.nestingDepth() + " deep");
                }
            }
            case "EMC" -> markedContentDepth = Math.max(0, markedContentDepth - 1);
            case "Tf" -> CharacterMapGuard.checkFont(getResources(), operands, budget);
            case "gs" -> CharacterMapGuard.checkGraphicsStateFont(getResources(), operands, budget);
            default -> {
                // nothing to bound before PDFBox runs it
            }
        }
        if ("BI".equals(name)) {
            pageHasImages = true;
        } else if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
            PDResources resources = getResources();
            if (resources != null && resources.isImageXObject(xobject)) {
                pageHasImages = true;
                painted.image(getGraphicsState());
            }
        }
        painted.operator(name, operands, getGraphicsState(), getResources());
        super.processOperator(operator, operands);
    }

    /** Every glyph PDFBox shows passes here before it is stored as a TextPosition until the page ends. */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (++pageGlyphs > limits.glyphsPerPage()) {
            throw budget.tooComplex("more than " + limits.glyphsPerPage() + " characters on one page");
        }
        budget.countGlyph();
        if (painted.whiteInk(getGraphicsState())) {
            // about the centre of the glyph's em box: a third of the way along and up its text-space axes
            Matrix m = text.getTextMatrix();
            whiteGlyphs.put(text, new float[] {m.getTranslateX() + (m.getScaleX() + m.getShearX()) / 3,
                    m.getTranslateY() + (m.getShearY() + m.getScaleY()) / 3});
        }
        super.processTextPosition(text);
    }

    /** Replaces PDFTextStripper's text writer: group our way, hand the page on, forget the glyphs. */
    @Override
    protected void writePage() {
        PDPage page = getCurrentPage();
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean sideways = rotation == 90 || rotation == 270;
        double width = LineBuilder.round(sideways ? box.getHeight() : box.getWidth());
        double height = LineBuilder.round(sideways ? box.getWidth() : box.getHeight());

        List<TextPosition> positions = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            positions.addAll(article);
        }
        // each glyph's direction quarter, worked out once (TextPosition computes it from its matrix on each call)
        int[] quarters = new int[positions.size()];
        for (int i = 0; i < quarters.length; i++) {
            quarters[i] = bucket(positions.get(i).getDir());
        }
        int direction = dominantQuarter(quarters);
        List<Glyph> glyphs = new ArrayList<>(positions.size());
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        int usable = 0;
        for (int i = 0; i < quarters.length; i++) {
            TextPosition p = positions.get(i);
            String font = fontName(p.getFont());
            fonts.add(font);
            float[] white = whiteGlyphs.isEmpty() ? null : whiteGlyphs.get(p);
            if (white != null && !painted.onPaint(white[0], white[1])) {
                continue; // white on white paper: no reader sees it
            }
            // Rotated stamps and watermarks would land in another coordinate frame and scramble lines.
            if (quarters[i] != direction) {
                continue;
            }
            String text = p.getUnicode();
            if (text == null || text.isEmpty()) {
                continue;
            }
            Glyph glyph = new Glyph(text, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getHeightDir(),
                    font, p.getFontSizeInPt(), p.getWidthOfSpace());
            if (!Double.isFinite(glyph.x()) || !Double.isFinite(glyph.y()) || !Double.isFinite(glyph.width())) {
                continue;
            }
            if (!glyph.isBlank()) {
                usable += text.strip().length();
            }
            glyphs.add(glyph);
        }
        boolean imageOnly = pageHasImages && usable < USABLE_TEXT_MIN_CHARS;
        Page out = new Page(pageNumber, width, height, LineBuilder.lines(glyphs));
        PageFacts facts = new PageFacts(pageNumber, width, height, TreeSet.ofAll(fonts), imageOnly);
        whiteGlyphs.clear();
        sink.accept(new PageText(out, facts, usable, meter != null && meter.anyAbandoned()));
    }

    /** TextPosition directions are 0, 90, 180 or 270: the quarter (0-3) most glyphs are in, the first on a tie. */
    private static int dominantQuarter(int[] quarters) {
        int[] counts = new int[4];
        for (int q : quarters) {
            counts[q]++;
        }
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int bucket(float direction) {
        int quarter = Math.round(direction / 90f);
        return ((quarter % 4) + 4) % 4;
    }

    private String fontName(PDFont font) {
        if (font == null) {
            return "unknown";
        }
        return fontNames.computeIfAbsent(font, f -> baseFontName(f.getName()));
    }

    /** The base font without a subset tag: {@code ABCDEF+ArialMT} is {@code ArialMT}. */
    static String baseFontName(String name) {
        return name == null || name.isBlank() ? "unknown" : SUBSET_PREFIX.matcher(name).replaceFirst("");
    }
}
