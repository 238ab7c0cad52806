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

    /** Each text line to the nearest anchor on its page; on a page without anchors, to the row before. */
    private static Raw centre(Vector<Item> items) {
        java.util.List<Vector<Item>> rows = new java.util.ArrayList<>();
        List<Item> orphans = List.empty();
        java.util.Map<Item, Integer> rowOf = new java.util.HashMap<>();
        java.util.Map<Integer, java.util.List<Item>> anchorsByPage = new java.util.HashMap<>();
        for (Item a : items.filter(Item::anchor)) {
            rowOf.put(a, rows.size());
            rows.add(Vector.of(a));
            anchorsByPage.computeIfAbsent(a.line().page(), p -> new java.util.ArrayList<>()).add(a);
        }
        int lastAnchorRow = -1;
        for (Item it : items) {
            if (it.anchor()) {
                lastAnchorRow = rowOf.get(it);
                continue;
            }
            Item nearest = null;
            double best = Double.MAX_VALUE;
            for (Item a : anchorsByPage.getOrDefault(it.line().page(), java.util.List.of())) {
                double d = Math.abs(a.line().y() - it.line().y());
                if (d < best) {
                    best = d;
                    nearest = a;
                }
            }
            int target = nearest != null ? rowOf.get(nearest) : lastAnchorRow;
            if (target < 0) {
                orphans = orphans.append(it);
            } else {
                rows.set(target, rows.get(target).append(it));
            }
        }
        return new Raw(Vector.ofAll(rows).map(r -> r.sortBy(i -> i.line().page() * 1_000_000.0 + i.line().y())), orphans);
    }

    /**
     * Geometric violations: a boundary between two rows on one page that is narrower than a gap inside
     * either row means the lines were split at the wrong place; read centred, a row with more lines on one
     * side of its anchor than on the other is not centred. Plus the cost of orphans.
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
            // cells centred in their row put as many lines above the anchor as below it
            violations += rows.count(r -> {
                int at = r.indexWhere(Item::anchor);
                return at != r.size() - 1 - at;
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
