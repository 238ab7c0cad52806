package dev.passbook.app.check;

import dev.passbook.core.domain.Verification;
import dev.passbook.core.spi.Detection;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;

import java.util.LinkedHashMap;
import java.util.Locale;

/** The outcome of {@code passbook check} over many files: the per-file results and the totals. */
public record CheckReport(List<FileCheck> files, long wallMillis) {

    public int verified() {
        return files.count(FileCheck::verified);
    }

    public int parsed() {
        return files.count(FileCheck::parsed);
    }

    public int pages() {
        return files.map(FileCheck::pages).sum().intValue();
    }

    /** How many files had each outcome (verdict or error code), by name. */
    public Map<String, Integer> byOutcome() {
        return TreeMap.ofEntries(files.groupBy(FileCheck::outcome).map(t -> io.vavr.Tuple.of(t._1, t._2.size())));
    }

    /** How many refusals stopped at each stage, by stage label. */
    public Map<String, Integer> byStage() {
        return TreeMap.ofEntries(files.flatMap(f -> f.result().swap().toOption())
                .groupBy(r -> r.stage().label()).map(t -> io.vavr.Tuple.of(t._1, t._2.size())));
    }

    public double pagesPerSecond() {
        return wallMillis == 0 ? 0 : pages() * 1000.0 / wallMillis;
    }

    /** The summary lines printed after the per-file lines. */
    public List<String> totals() {
        int n = files.size();
        return List.of(
                String.format(Locale.ROOT, "%d file%s, %d pages in %.1f s (%.1f pages/s)", n, n == 1 ? "" : "s", pages(),
                        wallMillis / 1000.0, pagesPerSecond()),
                "verdicts: VERIFIED " + verified() + ", UNVERIFIED " + (parsed() - verified()) + ", refused " + (n - parsed()),
                "by outcome: " + join(byOutcome()),
                "refusals by stage: " + (byStage().isEmpty() ? "none" : join(byStage())));
    }

    private static String join(Map<String, Integer> counts) {
        return counts.map(t -> t._1 + " " + t._2).mkString(", ");
    }

    /** The {@code --json} report. */
    public java.util.Map<String, Object> json(boolean showData) {
        java.util.Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files.map(f -> file(f, showData)).toJavaList());
        java.util.Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("files", files.size());
        totals.put("verified", verified());
        totals.put("unverified", parsed() - verified());
        totals.put("refused", files.size() - parsed());
        totals.put("by_outcome", byOutcome().toJavaMap());
        totals.put("refusals_by_stage", byStage().toJavaMap());
        totals.put("pages", pages());
        totals.put("wall_ms", wallMillis);
        totals.put("pages_per_second", Math.round(pagesPerSecond() * 10) / 10.0);
        m.put("totals", totals);
        return m;
    }

    private static java.util.Map<String, Object> file(FileCheck f, boolean showData) {
        java.util.Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", FileLabel.of(f.path(), showData));
        m.put("outcome", f.outcome());
        m.put("bank", f.bank().getOrNull());
        m.put("layout", f.layout().getOrNull());
        m.put("pages", f.pages());
        m.put("rows", f.rows().getOrNull());
        m.put("ms", f.millis());
        f.result().peek(read -> {
            Verification v = read.verification();
            java.util.Map<String, Object> verification = new LinkedHashMap<>();
            verification.put("verdict", v.verdict().wire());
            verification.put("balances_checked", v.balancesChecked());
            verification.put("balance_breaks", v.balanceBreaks());
            verification.put("first_break_row", v.firstBreak().map(Verification.RowLocation::row).getOrNull());
            verification.put("first_break_page", v.firstBreak().map(Verification.RowLocation::page).getOrNull());
            verification.put("totals", v.totals().wire());
            verification.put("explanation", v.describe());
            m.put("verification", verification);
            m.put("flags", f.flags().toJavaList());
        }).peekLeft(refusal -> {
            m.put("error_code", refusal.error().code());
            m.put("stage", refusal.stage().label());
            m.put("reason", refusal.reason());
            m.put("page", refusal.at().map(p -> p.page()).getOrNull());
            m.put("line", refusal.at().map(p -> p.line()).filter(l -> l > 0).getOrNull());
            m.put("detections", refusal.detections().map(CheckReport::detection).toJavaList());
        });
        return m;
    }

    private static java.util.Map<String, Object> detection(Detection d) {
        java.util.Map<String, Object> m = new LinkedHashMap<>();
        m.put("parser", d.parserId());
        m.put("bank", d.bankId().getOrNull());
        m.put("confidence", d.confidence());
        return m;
    }
}
