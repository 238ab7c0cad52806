package dev.passbook.adapters.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.util.List;

/**
 * Tells text a reader sees from text drawn white on white paper. Some viewer prints and HTML-to-PDF
 * exports draw a cell's text again, in white, into the neighbouring cells: invisible on paper, but a
 * text layer of extra words that fit no column. PDFTextStripper ignores colours and fills, so this
 * follows the little of them that matters, cheaply and without PDFBox's colour machinery (no ICC
 * profile is loaded): the fill colour when it is given in a gray, RGB or CMYK space (device, calibrated
 * or ICC-based), and the boxes of everything painted that is not white (filled paths, images,
 * shadings, wide strokes). A glyph filled white whose centre lies on no such box, painted before or
 * after it, is hidden. Anything this cannot judge counts as ink (a spot or pattern colour, a glyph drawn
 * with a stroke), so doubt keeps the text.
 *
 * <p>The fill colour is kept in PDFBox's own graphics state ({@code q}/{@code Q}, forms and Type 3
 * glyphs save and restore it there); a colour space this cannot judge is kept as {@link #UNJUDGED}.
 */
final class PaintedAreas {

    /** A component at least this close to full (white) counts as white paper's colour. */
    private static final float WHITE = 0.999f;
    /** Stroked paths at least this wide are bars that can carry white text (thin strokes are rules). */
    private static final float BAR_WIDTH = 3f;
    /** Stands for every colour space this cannot judge. */
    private static final PDColorSpace UNJUDGED = new PDPattern(null);
    /** The colour kept for a colour this cannot judge: ink. */
    private static final PDColor INK = new PDColor(new float[] {0}, PDDeviceGray.INSTANCE);

    /** Painted boxes in page space: x0, y0, x1, y1 each. */
    private float[] boxes = new float[64];
    private int count;
    private boolean everywhere;
    private float pathX0;
    private float pathY0;
    private float pathX1;
    private float pathY1;

    void newPage() {
        count = 0;
        everywhere = false;
        clearPath();
    }

    /**
     * Follows one content-stream operator; called before PDFBox runs it. Never fails the read: an
     * operator it cannot follow makes the whole page count as painted, which keeps every glyph.
     */
    void operator(String name, List<COSBase> operands, PDGraphicsState state, PDResources resources) {
        try {
            follow(name, operands, state, resources);
        } catch (RuntimeException unexpected) {
            everywhere = true;
        }
    }

    private void follow(String name, List<COSBase> operands, PDGraphicsState state, PDResources resources) {
        switch (name) {
            case "g" -> fill(state, PDDeviceGray.INSTANCE, operands);
            case "rg" -> fill(state, PDDeviceRGB.INSTANCE, operands);
            case "k" -> fill(state, PDDeviceCMYK.INSTANCE, operands);
            case "cs" -> {
                PDColorSpace space = operands.isEmpty() || !(operands.get(0) instanceof COSName n) ? UNJUDGED
                        : judged(n, resources);
                state.setNonStrokingColorSpace(space);
                if (space == UNJUDGED) {
                    state.setNonStrokingColor(INK);
                } else {
                    float[] initial = new float[components(space)];
                    if (space == PDDeviceCMYK.INSTANCE) {
                        initial[3] = 1; // black, the initial colour of every space
                    }
                    state.setNonStrokingColor(new PDColor(initial, space));
                }
            }
            case "sc", "scn" -> fill(state, state.getNonStrokingColorSpace(), operands);
            case "w" -> {
                if (operands.size() == 1 && operands.get(0) instanceof COSNumber width) {
                    state.setLineWidth(width.floatValue());
                }
            }
            case "m", "l" -> points(operands, 2);
            case "c" -> points(operands, 6);
            case "v", "y" -> points(operands, 4);
            case "re" -> {
                if (operands.size() == 4 && allNumbers(operands)) {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    extend(x, y);
                    extend(x + number(operands, 2), y + number(operands, 3));
                }
            }
            case "f", "F", "f*", "B", "B*", "b", "b*" -> {
                if (!white(state.getNonStrokingColor())) {
                    paintPath(state, 0);
                } else if (!name.startsWith("f") && !name.equals("F") && state.getLineWidth() >= BAR_WIDTH) {
                    paintPath(state, state.getLineWidth() / 2);
                }
                clearPath();
            }
            case "S", "s" -> {
                if (state.getLineWidth() >= BAR_WIDTH) {
                    paintPath(state, state.getLineWidth() / 2);
                }
                clearPath();
            }
            case "n" -> clearPath();
            case "BI" -> paint(state.getCurrentTransformationMatrix(), 0, 0, 1, 1, 0);
            case "sh" -> everywhere = true;
            default -> {
                // not paint
            }
        }
    }

    /** An image XObject drawn now (its unit square under the current matrix). */
    void image(PDGraphicsState state) {
        paint(state.getCurrentTransformationMatrix(), 0, 0, 1, 1, 0);
    }

    /** Whether a glyph drawn now is filled white (and nothing else: a stroked or clipping mode is ink). */
    boolean whiteInk(PDGraphicsState state) {
        RenderingMode mode = state.getTextState().getRenderingMode();
        return (mode == RenderingMode.FILL || mode == RenderingMode.FILL_CLIP) && white(state.getNonStrokingColor());
    }

    /**
     * Whether {@code x, y} (page space: PDF user space, y up) lies on something painted on this page,
     * before or after the glyph: white text on a dark cell is read, and so is a white text layer drawn
     * under a scanned image (as an invisible one is).
     */
    boolean onPaint(float x, float y) {
        if (everywhere) {
            return true;
        }
        for (int i = 0; i < count * 4; i += 4) {
            if (x >= boxes[i] && x <= boxes[i + 2] && y >= boxes[i + 1] && y <= boxes[i + 3]) {
                return true;
            }
        }
        return false;
    }

    private static PDColorSpace judged(COSName name, PDResources resources) {
        if (COSName.DEVICEGRAY.equals(name)) {
            return PDDeviceGray.INSTANCE;
        }
        if (COSName.DEVICERGB.equals(name)) {
            return PDDeviceRGB.INSTANCE;
        }
        if (COSName.DEVICECMYK.equals(name)) {
            return PDDeviceCMYK.INSTANCE;
        }
        COSDictionary spaces = resources == null ? null
                : resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE);
        COSBase space = spaces == null ? null : spaces.getDictionaryObject(name);
        if (space instanceof COSName alias && !alias.equals(name)) {
            return COSName.DEVICEGRAY.equals(alias) || COSName.DEVICERGB.equals(alias) || COSName.DEVICECMYK.equals(alias)
                    ? judged(alias, null) : UNJUDGED;
        }
        if (space instanceof COSArray array && array.size() >= 2 && array.getObject(0) instanceof COSName family) {
            if (COSName.CALGRAY.equals(family)) {
                return PDDeviceGray.INSTANCE;
            }
            if (COSName.CALRGB.equals(family)) {
                return PDDeviceRGB.INSTANCE;
            }
            if (COSName.ICCBASED.equals(family) && array.getObject(1) instanceof COSStream profile) {
                return switch (profile.getInt(COSName.N)) {
                    case 1 -> PDDeviceGray.INSTANCE;
                    case 3 -> PDDeviceRGB.INSTANCE;
                    case 4 -> PDDeviceCMYK.INSTANCE;
                    default -> UNJUDGED;
                };
            }
        }
        return UNJUDGED;
    }

    private static void fill(PDGraphicsState state, PDColorSpace space, List<COSBase> operands) {
        if (operands.size() != components(space) || !allNumbers(operands)) {
            state.setNonStrokingColor(INK);
            return;
        }
        float[] components = new float[operands.size()];
        for (int i = 0; i < components.length; i++) {
            components[i] = number(operands, i);
        }
        state.setNonStrokingColorSpace(space);
        state.setNonStrokingColor(new PDColor(components, space));
    }

    /** The number of components of a space this judges, else -1. */
    private static int components(PDColorSpace space) {
        return space == PDDeviceGray.INSTANCE ? 1 : space == PDDeviceRGB.INSTANCE ? 3 : space == PDDeviceCMYK.INSTANCE ? 4 : -1;
    }

    private static boolean white(PDColor color) {
        PDColorSpace space = color.getColorSpace();
        float[] c = color.getComponents();
        if (space == PDDeviceGray.INSTANCE || space == PDDeviceRGB.INSTANCE) {
            for (float v : c) {
                if (v < WHITE) {
                    return false;
                }
            }
            return c.length > 0;
        }
        if (space == PDDeviceCMYK.INSTANCE) {
            for (float v : c) {
                if (v > 1 - WHITE) {
                    return false;
                }
            }
            return c.length > 0;
        }
        return false;
    }

    private void points(List<COSBase> operands, int size) {
        if (operands.size() == size && allNumbers(operands)) {
            for (int i = 0; i < size; i += 2) {
                extend(number(operands, i), number(operands, i + 1));
            }
        }
    }

    private void extend(float x, float y) {
        pathX0 = Math.min(pathX0, x);
        pathY0 = Math.min(pathY0, y);
        pathX1 = Math.max(pathX1, x);
        pathY1 = Math.max(pathY1, y);
    }

    private void clearPath() {
        pathX0 = Float.POSITIVE_INFINITY;
        pathY0 = Float.POSITIVE_INFINITY;
        pathX1 = Float.NEGATIVE_INFINITY;
        pathY1 = Float.NEGATIVE_INFINITY;
    }

    private void paintPath(PDGraphicsState state, float margin) {
        if (pathX0 <= pathX1 && pathY0 <= pathY1) {
            paint(state.getCurrentTransformationMatrix(), pathX0, pathY0, pathX1, pathY1, margin);
        }
    }

    /** The box of the rectangle x0..x1 × y0..y1 under {@code m}, widened by {@code margin} (user units). */
    private void paint(Matrix m, float x0, float y0, float x1, float y1, float margin) {
        float minX = Float.POSITIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        float[] corners = {x0 - margin, y0 - margin, x1 + margin, y0 - margin, x0 - margin, y1 + margin, x1 + margin, y1 + margin};
        for (int i = 0; i < corners.length; i += 2) {
            float x = corners[i] * m.getScaleX() + corners[i + 1] * m.getShearX() + m.getTranslateX();
            float y = corners[i] * m.getShearY() + corners[i + 1] * m.getScaleY() + m.getTranslateY();
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        if (count * 4 == boxes.length) {
            boxes = java.util.Arrays.copyOf(boxes, boxes.length * 2);
        }
        boxes[count * 4] = minX;
        boxes[count * 4 + 1] = minY;
        boxes[count * 4 + 2] = maxX;
        boxes[count * 4 + 3] = maxY;
        count++;
    }

    private static boolean allNumbers(List<COSBase> operands) {
        for (COSBase o : operands) {
            if (!(o instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float number(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }
}
