package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.core.document.Page;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

/**
 * {@code page_size_drift}: a bank's generator uses fixed page sizes (HDFC 638 x 842 and 786 x 982);
 * re-savers and editors round or rescale them (638.04 x 842.04). One signal per distinct wrong size,
 * naming its pages. Banks without configured sizes are not checked; a rotated genuine size is accepted, and so
 * is a print paper size ({@link AnalysisSettings#PRINT_PAPER}): a customer's re-print alone is not an edit.
 */
public final class PageSizeCheck {

    private PageSizeCheck() {
    }

    public static List<Evidence> check(AnalysisInput in) {
        List<PageSize> known = in.settings().pageSizesFor(in.bankId()).getOrElse(List.empty());
        if (known.isEmpty()) {
            return List.empty();
        }
        double tolerance = in.settings().pageSizeTolerance();
        List<PageSize> accepted = known.appendAll(AnalysisSettings.PRINT_PAPER);
        List<Page> drifted = in.document().pages().filter(p -> !accepted.exists(k ->
                k.matches(p.width(), p.height(), tolerance) || k.matches(p.height(), p.width(), tolerance)));
        LinkedHashMap<String, List<Page>> bySize = drifted.foldLeft(LinkedHashMap.empty(),
                (m, p) -> m.put(size(p), m.get(size(p)).getOrElse(List.empty()).append(p)));
        String expected = known.mkString(" or ");
        return bySize.toList().map(e -> Evidence.onPage(e._2.head().number(),
                "page size (pages " + e._2.map(Page::number).mkString(", ") + ")", expected, e._1));
    }

    private static String size(Page p) {
        return PageSize.format(p.width()) + "x" + PageSize.format(p.height());
    }
}
