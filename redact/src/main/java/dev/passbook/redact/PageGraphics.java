package dev.passbook.redact;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a page's drawing without its text and images: straight-edged paths (table rules, boxes, shaded
 * rows) are stroked and filled again in grey tones, every image becomes a blank box of the same size with
 * a thin outline, and nothing of the text is drawn (Type 3 glyph procedures are skipped). Paths with
 * curves are dropped: they are logos, signatures or text turned into outlines more often than table
 * rules. Coordinates are moved so that the crop box starts at the origin.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {

    private final PDPageContentStream out;
    private final float dx;
    private final float dy;
    private final List<float[]> path = new ArrayList<>(); // {op, x, y}: 0 move, 1 line, 2 close
    private boolean curved;
    private Point2D.Float current = new Point2D.Float();
    int images;
    int pathsDrawn;
    int pathsDropped;

    PageGraphics(PDPage page, PDPageContentStream out) {
        super(page);
        this.out = out;
        this.dx = -page.getCropBox().getLowerLeftX();
        this.dy = -page.getCropBox().getLowerLeftY();
    }

    void run() throws IOException {
        processPage(getPage());
    }

    @Override
    protected void showType3Glyph(Matrix textRenderingMatrix, org.apache.pdfbox.pdmodel.font.PDType3Font font, int code,
                                  Vector displacement) {
        // a Type 3 glyph is text: never copied
    }

    @Override
    protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        // text is redrawn from the words, not copied
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void drawImage(PDImage pdImage) throws IOException {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float[] corners = {
                m.transformPoint(0, 0), m.transformPoint(1, 0), m.transformPoint(1, 1), m.transformPoint(0, 1)};
        out.saveGraphicsState();
        out.setNonStrokingColor(1f);
        out.setStrokingColor(0.75f);
        out.setLineWidth(0.5f);
        out.moveTo(corners[0].x + dx, corners[0].y + dy);
        for (int i = 1; i < 4; i++) {
            out.lineTo(corners[i].x + dx, corners[i].y + dy);
        }
        out.closePath();
        out.fillAndStroke();
        out.restoreGraphicsState();
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping is not copied
    }

    @Override
    public void moveTo(float x, float y) {
        path.add(new float[]{0, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[]{1, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curved = true;
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new float[]{2, 0, 0});
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() throws IOException {
        paint(true, false);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(false, true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(true, true);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // gradients are not copied
    }

    private void paint(boolean stroke, boolean fill) throws IOException {
        if (curved || path.isEmpty()) {
            pathsDropped += path.isEmpty() ? 0 : 1;
            reset();
            return;
        }
        out.saveGraphicsState();
        if (stroke) {
            out.setStrokingColor(grey(true));
            float width = getGraphicsState().getLineWidth() * scale();
            out.setLineWidth(Math.max(0.1f, Math.min(width, 20f)));
        }
        if (fill) {
            out.setNonStrokingColor(grey(false));
        }
        for (float[] op : path) {
            switch ((int) op[0]) {
                case 0 -> out.moveTo(op[1] + dx, op[2] + dy);
                case 1 -> out.lineTo(op[1] + dx, op[2] + dy);
                default -> out.closePath();
            }
        }
        if (stroke && fill) {
            out.fillAndStroke();
        } else if (stroke) {
            out.stroke();
        } else {
            out.fill();
        }
        out.restoreGraphicsState();
        pathsDrawn++;
        reset();
    }

    private void reset() {
        path.clear();
        curved = false;
    }

    private float scale() {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        return (float) Math.sqrt(Math.abs(m.getScaleX() * m.getScaleY() - m.getShearX() * m.getShearY()));
    }

    /** The colour as a grey of the same lightness (colour is no part of a layout). */
    private float grey(boolean stroking) {
        try {
            var colour = stroking ? getGraphicsState().getStrokingColor() : getGraphicsState().getNonStrokingColor();
            int rgb = colour.toRGB();
            float r = ((rgb >> 16) & 0xff) / 255f;
            float g = ((rgb >> 8) & 0xff) / 255f;
            float b = (rgb & 0xff) / 255f;
            return 0.3f * r + 0.59f * g + 0.11f * b;
        } catch (IOException | RuntimeException unknown) {
            return stroking ? 0f : 0.9f;
        }
    }
}
