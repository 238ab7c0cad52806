package dev.passbook.parserkit;

import io.vavr.collection.List;
import io.vavr.collection.Vector;

/**
 * Groups the table's lines into rows around their anchor lines. Which way wrapped text goes (below
 * its anchor, above it, or to the nearest anchor) is decided per table, by trying each
 * {@link RowAlignment} and keeping the one whose rows are tightest: a row's own lines should not be
 * further apart than the gap that separates it from its neighbours, and no text should be left before
 * the first row (reading top-aligned) or after the last (reading bottom-aligned). Rows printed with a
 * uniform line pitch leave geometry silent; then the lines left over decide, and ties go to
 * {@link RowAlignment#TOP}, the most common layout.
 */
final class RowGrouping {

    /** Gap differences below this are the same gap (baselines jitter by a fraction of a point). */
    static final double SLACK = 0.75;
    /** An orphan line costs as much as this many geometric violations. */
    static final int ORPHAN_COST = 3;

    /** One line to group: an anchor starts (or ends) a row; text joins one. */
    record Item(TableLine line, boolean anchor) {
    }

    /** Rows as lists of items (each with exactly one anchor), and lines no row could take. */
    record Grouping(RowAlignment alignment, Vector<Vector<Item>> rows, List<Item> orphans, int cost, String costs) {
    }

    private RowGrouping() {
    }

    static Grouping best(Vector<Item> items) {
        Grouping top = cost(RowAlignment.TOP, top(items));
        Grouping bottom = cost(RowAlignment.BOTTOM, bottom(items));
        Grouping centre = cost(RowAlignment.CENTRE, centre(items));
        Grouping best = top;
        if (bottom.cost() < best.cost()) {
            best = bottom;
        }
        if (centre.cost() < best.cost()) {
            best = centre;
        }
        String costs = "misfits: top " + top.cost() + ", bottom " + bottom.cost() + ", centre " + centre.cost();
        return new Grouping(best.alignment(), best.rows(), best.orphans(), best.cost(), costs);
    }

    private record Raw(Vector<Vector<Item>> rows, List<Item> orphans) {
    }

    private static Raw top(Vector<Item> items) {
        java.util.List<Vector<Item>> rows = new java.util.ArrayList<>();
        List<Item> orphans = List.empty();
        for (Item it : items) {
            if (it.anchor()) {
                rows.add(Vector.of(it));
            } else if (rows.isEmpty()) {
                orphans = orphans.append(it);
            } else {
                rows.set(rows.size() - 1, rows.get(rows.size() - 1).append(it));
            }
        }
        return new Raw(Vector.ofAll(rows), orphans);
    }

    private static Raw bottom(Vector<Item> items) {
        java.util.List<Vector<Item>> rows = new java.util.ArrayList<>();
        Vector<Item> pending = Vector.empty();
        for (Item it : items) {
            if (it.anchor()) {
                rows.add(pending.append(it));
                pending = Vector.empty();
            } else {
                pending = pending.append(it);
            }
        }
        return new Raw(Vector.ofAll(rows), pending.toList());
    }

    /**
     * Wrapped text around its anchor: the text lines between two anchors of a page are split where the
     * widest vertical gap lies (rows are further apart than the lines of one row; on a tie, the gap nearest
     * half-way), text above a page's first anchor goes to it and text below its last anchor to that one;
     * on a page without anchors, to the row before.
     */
    private static Raw centre(Vector<Item> items) {
        java.util.List<Vector<Item>> rows = new java.util.ArrayList<>();
        List<Item> orphans = List.empty();
        Vector<Item> pending = Vector.empty();
        Item previousAnchor = null;
        for (Item it : items) {
            boolean samePage = previousAnchor != null && it.line().page() == previousAnchor.line().page();
            if (!it.anchor()) {
                pending = pending.append(it);
                continue;
            }
            if (samePage) {
                int cut = widestGap(previousAnchor, pending, it);
                rows.set(rows.size() - 1, rows.get(rows.size() - 1).appendAll(pending.take(cut)));
                rows.add(pending.drop(cut).append(it));
            } else {
                // text above the page's first anchor goes to it; text of earlier pages, to the row before
                Vector<Item> before = pending.filter(p -> p.line().page() == it.line().page());
                Vector<Item> tail = pending.filter(p -> p.line().page() != it.line().page());
                if (rows.isEmpty()) {
                    orphans = orphans.appendAll(tail);
                } else {
                    rows.set(rows.size() - 1, rows.get(rows.size() - 1).appendAll(tail));
                }
                rows.add(before.append(it));
            }
            pending = Vector.empty();
            previousAnchor = it;
        }
        if (!pending.isEmpty()) {
            if (rows.isEmpty()) {
                orphans = orphans.appendAll(pending);
            } else {
                rows.set(rows.size() - 1, rows.get(rows.size() - 1).appendAll(pending));
            }
        }
        return new Raw(Vector.ofAll(rows), orphans);
    }

    /** How many of {@code between} (text lines between two anchors of one page) belong to the upper anchor. */
    private static int widestGap(Item upper, Vector<Item> between, Item lower) {
        if (between.isEmpty()) {
            return 0;
        }
        double mid = (upper.line().y() + lower.line().y()) / 2;
        int best = 0;
        double bestGap = -1;
        double bestOff = Double.MAX_VALUE;
        for (int k = 0; k <= between.size(); k++) {
            double a = k == 0 ? upper.line().y() : between.get(k - 1).line().y();
            double b = k == between.size() ? lower.line().y() : between.get(k).line().y();
            double gap = b - a;
            double off = Math.abs((a + b) / 2 - mid);
            if (gap > bestGap + SLACK || gap > bestGap - SLACK && off < bestOff) {
                best = k;
                bestGap = Math.max(gap, bestGap);
                bestOff = off;
            }
        }
        return best;
    }

    /**
     * Geometric violations: a boundary between two rows on one page that is narrower than a gap inside
     * either row means the lines were split at the wrong place; read centred, a row with more lines on one
     * side of its anchor than on the other (by more than one) is not centred. Plus the cost of orphans.
     */
    private static Grouping cost(RowAlignment alignment, Raw raw) {
        int violations = 0;
        Vector<Vector<Item>> rows = raw.rows();
        for (int i = 0; i + 1 < rows.size(); i++) {
            Vector<Item> a = rows.get(i);
            Vector<Item> b = rows.get(i + 1);
            Item last = a.last();
            Item first = b.head();
            if (last.line().page() != first.line().page()) {
                continue;
            }
            double boundary = first.line().y() - last.line().y();
            double inside = Math.max(maxGap(a), maxGap(b));
            if (boundary < inside - SLACK) {
                violations++;
            }
        }
        if (alignment == RowAlignment.CENTRE) {
            // cells centred in their row put as many lines above the anchor as below it, give or take the one
            // line an even number of wrapped lines leaves over (the anchor is level with one of the middle two)
            violations += rows.count(r -> {
                int at = r.indexWhere(Item::anchor);
                return Math.abs(at - (r.size() - 1 - at)) > 1;
            });
        }
        return new Grouping(alignment, rows, raw.orphans(), violations + ORPHAN_COST * raw.orphans().size(), "");
    }

    private static double maxGap(Vector<Item> row) {
        double max = 0;
        for (int i = 1; i < row.size(); i++) {
            if (row.get(i).line().page() == row.get(i - 1).line().page()) {
                max = Math.max(max, row.get(i).line().y() - row.get(i - 1).line().y());
            }
        }
        return max;
    }
}
