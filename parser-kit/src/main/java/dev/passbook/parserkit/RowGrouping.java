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

    /**
     * Each text line to an anchor on its page. Between two anchors of a page the lines split at the widest
     * gap between baselines (rows are further apart than the lines of one row, whatever their heights: a
     * tall row's first line may be nearer the short row above's anchor than its own); when no gap is the
     * widest, each line goes to the nearest anchor. Lines before a page's first anchor or after its last
     * go to it; on a page without anchors, to the row before.
     */
    private static Raw centre(java.util.List<Item> items) {
        java.util.List<java.util.List<Item>> rows = new java.util.ArrayList<>();
        java.util.List<Item> orphans = new java.util.ArrayList<>();
        java.util.Map<Item, Integer> rowOf = new java.util.IdentityHashMap<>();
        for (Item a : items) {
            if (a.anchor()) {
                rowOf.put(a, rows.size());
                rows.add(new java.util.ArrayList<>(java.util.List.of(a)));
            }
        }
        int lastAnchorRow = -1;
        int i = 0;
        while (i < items.size()) {
            if (items.get(i).anchor()) {
                lastAnchorRow = rowOf.get(items.get(i));
                i++;
                continue;
            }
            // a run of text lines on one page, and the anchors of that page around it
            int page = items.get(i).line().page();
            int end = i;
            while (end < items.size() && !items.get(end).anchor() && items.get(end).line().page() == page) {
                end++;
            }
            Item above = i > 0 && items.get(i - 1).anchor() && items.get(i - 1).line().page() == page ? items.get(i - 1) : null;
            Item below = end < items.size() && items.get(end).anchor() && items.get(end).line().page() == page
                    ? items.get(end) : null;
            java.util.List<Item> run = items.subList(i, end);
            int split = above == null ? 0 : below == null ? run.size() : split(above, run, below);
            for (int k = 0; k < run.size(); k++) {
                Item target = k < split ? above : below;
                if (target != null) {
                    rows.get(rowOf.get(target)).add(run.get(k));
                } else if (lastAnchorRow >= 0) {
                    rows.get(lastAnchorRow).add(run.get(k));
                } else {
                    orphans.add(run.get(k));
                }
            }
            i = end;
        }
        java.util.Comparator<Item> reading = java.util.Comparator.<Item>comparingInt(it -> it.line().page())
                .thenComparingDouble(it -> it.line().y());
        rows.forEach(r -> r.sort(reading));
        return new Raw(rows, orphans);
    }

    /** How many lines of {@code run} (between two anchors of a page) belong to the anchor above. */
    private static int split(Item above, java.util.List<Item> run, Item below) {
        double[] y = new double[run.size() + 2];
        y[0] = above.line().y();
        for (int k = 0; k < run.size(); k++) {
            y[k + 1] = run.get(k).line().y();
        }
        y[run.size() + 1] = below.line().y();
        int widest = -1;
        double widestGap = -1;
        double second = -1;
        for (int k = 0; k + 1 < y.length; k++) {
            double gap = y[k + 1] - y[k];
            if (gap > widestGap) {
                second = widestGap;
                widestGap = gap;
                widest = k;
            } else if (gap > second) {
                second = gap;
            }
        }
        if (widestGap - second > SLACK) {
            return widest;
        }
        int nearer = 0;
        while (nearer < run.size() && y[nearer + 1] - y[0] <= y[y.length - 1] - y[nearer + 1]) {
            nearer++;
        }
        return nearer;
    }

    /**
     * Geometric violations: a boundary between two rows on one page that is narrower than a gap inside
     * either row means the lines were split at the wrong place; read centred, a row with more lines on one
     * side of its anchor than on the other (by more than one) is not centred. Plus the cost of orphans.
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
            // cells centred in their row put as many lines above the anchor as below it, give or take the one
            // line an even number of wrapped lines leaves over (the anchor is level with one of the middle two)
            for (java.util.List<Item> r : rows) {
                int at = 0;
                while (!r.get(at).anchor()) {
                    at++;
                }
                if (Math.abs(at - (r.size() - 1 - at)) > 1) {
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
