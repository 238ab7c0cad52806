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

    static Grouping best(java.util.List<Item> items) {
        Raw top = top(items);
        Raw bottom = bottom(items);
        Raw centre = centre(items);
        int topCost = cost(RowAlignment.TOP, top);
        int bottomCost = cost(RowAlignment.BOTTOM, bottom);
        int centreCost = cost(RowAlignment.CENTRE, centre);
        RowAlignment alignment = RowAlignment.TOP;
        Raw best = top;
        int cost = topCost;
        if (bottomCost < cost) {
            alignment = RowAlignment.BOTTOM;
            best = bottom;
            cost = bottomCost;
        }
        if (centreCost < cost) {
            alignment = RowAlignment.CENTRE;
            best = centre;
            cost = centreCost;
        }
        String costs = "misfits: top " + topCost + ", bottom " + bottomCost + ", centre " + centreCost;
        return new Grouping(alignment, Vector.ofAll(best.rows()).map(Vector::ofAll), List.ofAll(best.orphans()), cost, costs);
    }

    private record Raw(java.util.List<java.util.List<Item>> rows, java.util.List<Item> orphans) {
    }

    private static Raw top(java.util.List<Item> items) {
        java.util.List<java.util.List<Item>> rows = new java.util.ArrayList<>();
        java.util.List<Item> orphans = new java.util.ArrayList<>();
        for (Item it : items) {
            if (it.anchor()) {
                rows.add(new java.util.ArrayList<>(java.util.List.of(it)));
            } else if (rows.isEmpty()) {
                orphans.add(it);
            } else {
                rows.get(rows.size() - 1).add(it);
            }
        }
        return new Raw(rows, orphans);
    }

    private static Raw bottom(java.util.List<Item> items) {
        java.util.List<java.util.List<Item>> rows = new java.util.ArrayList<>();
        java.util.List<Item> pending = new java.util.ArrayList<>();
        for (Item it : items) {
            pending.add(it);
            if (it.anchor()) {
                rows.add(pending);
                pending = new java.util.ArrayList<>();
            }
        }
        return new Raw(rows, pending);
    }

    /** Each text line to the nearest anchor on its page; on a page without anchors, to the row before. */
    private static Raw centre(java.util.List<Item> items) {
        java.util.List<java.util.List<Item>> rows = new java.util.ArrayList<>();
        java.util.List<Item> orphans = new java.util.ArrayList<>();
        java.util.Map<Item, Integer> rowOf = new java.util.IdentityHashMap<>();
        java.util.Map<Integer, java.util.List<Item>> anchorsByPage = new java.util.HashMap<>();
        for (Item a : items) {
            if (a.anchor()) {
                rowOf.put(a, rows.size());
                rows.add(new java.util.ArrayList<>(java.util.List.of(a)));
                anchorsByPage.computeIfAbsent(a.line().page(), p -> new java.util.ArrayList<>()).add(a);
            }
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
                orphans.add(it);
            } else {
                rows.get(target).add(it);
            }
        }
        java.util.Comparator<Item> reading = java.util.Comparator.<Item>comparingInt(i -> i.line().page())
                .thenComparingDouble(i -> i.line().y());
        rows.forEach(r -> r.sort(reading));
        return new Raw(rows, orphans);
    }

    /**
     * Geometric violations: a boundary between two rows on one page that is narrower than a gap inside
     * either row means the lines were split at the wrong place; read centred, a row with more lines on one
     * side of its anchor than on the other is not centred. Plus the cost of orphans.
     */
    private static int cost(RowAlignment alignment, Raw raw) {
        java.util.List<java.util.List<Item>> rows = raw.rows();
        double[] inner = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            inner[i] = maxGap(rows.get(i));
        }
        int violations = 0;
        for (int i = 0; i + 1 < rows.size(); i++) {
            java.util.List<Item> a = rows.get(i);
            Item last = a.get(a.size() - 1);
            Item first = rows.get(i + 1).get(0);
            if (last.line().page() != first.line().page()) {
                continue;
            }
            double boundary = first.line().y() - last.line().y();
            if (boundary < Math.max(inner[i], inner[i + 1]) - SLACK) {
                violations++;
            }
        }
        if (alignment == RowAlignment.CENTRE) {
            // cells centred in their row put as many lines above the anchor as below it
            for (java.util.List<Item> r : rows) {
                int at = 0;
                while (!r.get(at).anchor()) {
                    at++;
                }
                if (at != r.size() - 1 - at) {
                    violations++;
                }
            }
        }
        return violations + ORPHAN_COST * raw.orphans().size();
    }

    private static double maxGap(java.util.List<Item> row) {
        double max = 0;
        for (int i = 1; i < row.size(); i++) {
            TableLine a = row.get(i - 1).line();
            TableLine b = row.get(i).line();
            if (a.page() == b.page()) {
                max = Math.max(max, b.y() - a.y());
            }
        }
        return max;
    }
}
