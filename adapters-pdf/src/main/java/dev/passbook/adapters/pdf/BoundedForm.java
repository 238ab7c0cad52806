package dev.passbook.adapters.pdf;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;

import java.io.IOException;

/**
 * A form XObject (or transparency group) whose content is read through the drawing page's
 * {@link ContentMeter}: a form's content inflates lazily just like a page's, and a small deflated
 * form of whitespace drawn a few times would otherwise run unbounded (observed: 28 s past a 3 s budget).
 */
final class BoundedForm {

    private BoundedForm() {
    }

    static PDFormXObject of(PDFormXObject form, ContentMeter meter) {
        return form instanceof Metered ? form : new Form(form, meter);
    }

    static PDTransparencyGroup of(PDTransparencyGroup group, ContentMeter meter) {
        return group instanceof Metered ? group : new Group(group, meter);
    }

    private interface Metered {
    }

    private static final class Form extends PDFormXObject implements Metered {
        private final PDFormXObject form;
        private final ContentMeter meter;

        Form(PDFormXObject form, ContentMeter meter) {
            super(form.getCOSObject());
            this.form = form;
            this.meter = meter;
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return BoundedContent.of(form.getContentsForStreamParsing(), meter);
        }

        @Override
        public PDResources getResources() {
            return form.getResources();
        }
    }

    private static final class Group extends PDTransparencyGroup implements Metered {
        private final PDTransparencyGroup group;
        private final ContentMeter meter;

        Group(PDTransparencyGroup group, ContentMeter meter) {
            super(group.getCOSObject(), null);
            this.group = group;
            this.meter = meter;
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return BoundedContent.of(group.getContentsForStreamParsing(), meter);
        }

        @Override
        public PDResources getResources() {
            return group.getResources();
        }
    }
}
