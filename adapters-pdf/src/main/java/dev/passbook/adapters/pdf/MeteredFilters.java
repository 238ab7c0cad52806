package dev.passbook.adapters.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Puts a meter in front of every filter PDFBox decodes with. PDFBox takes all of its filters from
 * one {@link FilterFactory} map, whatever asks (fonts, CMaps, object and cross-reference streams,
 * content arrays, filter chains such as RunLength after Flate), and holds each decoded stream in
 * memory whole; it has no size limit of its own. Each filter in that map is replaced, once per JVM,
 * by a wrapper that counts what it writes against the {@link ReadBudget} of the read running on the
 * current thread (see {@link ReadBudget#meter}) and checks that read's deadline every 64 KB. Outside
 * a read (a test writing a PDF, say) the wrapper only delegates.
 *
 * <p>The map is private, so it is reached by reflection; if a future PDFBox renames it, installation
 * fails, is logged once, and reading goes on without stream meters (the reader-process heap limit
 * of {@code passbook serve} still bounds memory). {@code MeteredFiltersTest} fails in that case.
 */
final class MeteredFilters {

    private static final Logger LOG = LoggerFactory.getLogger(MeteredFilters.class);
    private static boolean installed;

    private MeteredFilters() {
    }

    /** Installs the meters (idempotent); true when every filter is metered. */
    static synchronized boolean install() {
        if (installed) {
            return true;
        }
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            Map<Filter, Filter> wrappers = new IdentityHashMap<>();
            for (Map.Entry<COSName, Filter> entry : filters.entrySet()) {
                entry.setValue(wrappers.computeIfAbsent(entry.getValue(),
                        f -> f instanceof Metered ? f : new Metered(f)));
            }
            installed = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("PDFBox filters could not be metered; decoded stream sizes are "
                    + "bounded only by the heap: " + e);
        }
        return installed;
    }

    static boolean isMetered(Filter filter) {
        return filter instanceof Metered;
    }

    private static final class Metered extends Filter {
        private final Filter filter;

        Metered(Filter filter) {
            this.filter = filter;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            ReadBudget budget = ReadBudget.current();
            return filter.decode(encoded, budget == null ? decoded : budget.meter(decoded, parameters), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            ReadBudget budget = ReadBudget.current();
            return filter.decode(encoded, budget == null ? decoded : budget.meter(decoded, parameters), parameters,
                    index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }

        @Override
        public String toString() {
            return "Metered" + filter.getClass().getSimpleName();
        }
    }
}
