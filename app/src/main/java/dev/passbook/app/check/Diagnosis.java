package dev.passbook.app.check;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseNotes;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.collection.List;

import java.util.Locale;

/**
 * What {@code passbook check} and {@code passbook parse --explain} say about a file, in words a person
 * can act on. Without {@code showData} nothing read from the statement is printed: no holder name,
 * address, narration or amount, and account numbers are masked; stages, reasons, places, counts,
 * layout ids and detection evidence (bank marks such as an IFSC prefix) are always shown.
 */
public final class Diagnosis {

    private Diagnosis() {
    }

    /** The report line of one file. */
    public static String line(FileCheck c, boolean showData) {
        String head = String.format(Locale.ROOT, "%-28s %-10s %-20s %4s p %6s rows %7d ms  %s", c.outcome(),
                c.bank().getOrElse("-"), c.layout().getOrElse("-"), c.pages() > 0 ? Integer.toString(c.pages()) : "-",
                c.rows().map(String::valueOf).getOrElse("-"), c.millis(), FileLabel.of(c.path(), showData));
        return c.result().fold(
                refusal -> head + " — " + refusal.describe() + " [detections: " + detections(refusal.detections()) + "]",
                read -> head + (read.verification().verified() ? "" : " — " + read.verification().describe())
                        + (read.flagged() ? " [flags: " + c.flags().mkString(", ") + "]" : ""));
    }

    /** {@code hdfc 100 (bank hdfc), generic 10 (no bank)}: every parser's detection, best first. */
    public static String detections(List<Detection> detections) {
        return detections.isEmpty() ? "none (the file was not opened)"
                : detections.map(d -> d.parserId() + " " + d.confidence()
                + (d.matched() ? " (" + d.bankId().map(b -> "bank " + b).getOrElse("no bank") + ")" : ""))
                .mkString(", ");
    }

    /** The full diagnosis of a refused file. */
    public static List<String> explain(ReadRefusal refusal) {
        List<String> out = List.of(
                "result     refused: " + refusal.error().code() + " (" + refusal.error().message() + ")",
                "stage      " + refusal.stage().label(),
                "reason     " + refusal.reason(),
                "where      " + refusal.at().map(Object::toString).getOrElse("not tied to one place"),
                "pages      " + (refusal.pages() > 0 ? refusal.pages() : "the file was not opened"));
        return out.appendAll(detectionLines(refusal.detections()));
    }

    /** The full diagnosis of a file that was read. */
    public static List<String> explain(StatementRead read, List<Detection> detections, boolean showData) {
        ParsedStatement parsed = read.parsed();
        Identity id = parsed.identity();
        ParseNotes notes = parsed.notes();
        List<String> out = List.of(
                "result     read: " + read.verification().verdict().wire(),
                "verdict    " + read.verification().describe(),
                "bank       " + read.bankId() + " (parser " + read.chosen().parser().id() + ", layout " + parsed.layoutId() + ")",
                "pages      " + read.document().pageCount() + " (read in " + read.readNanos() / 1_000_000 + " ms, parsed in "
                        + read.parseNanos() / 1_000_000 + " ms)",
                "rows       " + parsed.transactions().size() + pagesOfRows(notes),
                "account    " + (showData ? id.accountNumber() : id.maskedAccountNumber())
                        + (showData ? ", holder " + id.name() : " (holder and figures hidden; --show-data shows them)"),
                "ifsc       " + id.ifsc().getOrElse("not printed"),
                "period     " + parsed.declaredPeriod().map(p -> p.from() + " .. " + p.to()).getOrElse("not printed"),
                "opening    " + (parsed.openingBalance().isDefined() ? (showData ? parsed.openingBalance().get().toPlainString()
                        : "printed") : "not printed")
                        + ", closing " + (parsed.closingBalance().isDefined() ? (showData
                        ? parsed.closingBalance().get().toPlainString() : "printed") : "not printed")
                        + ", summary " + (parsed.summary().isDefined() ? "printed" : "not printed"));
        out = out.appendAll(notes.decisions().map(d -> "reading    " + d));
        out = out.append("unplaced   " + (notes.unplaced().isEmpty() ? "nothing: every piece of table text went to a row"
                : notes.unplaced().size() + " piece(s) of text no row took"));
        out = out.appendAll(notes.unplaced().map(u -> "           " + u.place() + ": "
                + (showData ? u.text() : u.text().length() + " characters")));
        out = out.append("signals    " + (read.signals().isEmpty() ? "none" : read.signals().size() + ""));
        out = out.appendAll(read.signals().map(s -> "           " + signal(s, showData)));
        return out.appendAll(detectionLines(detections));
    }

    private static String pagesOfRows(ParseNotes notes) {
        if (notes.rowPages().isEmpty()) {
            return "";
        }
        return " on pages " + notes.rowPages().min().get() + ".." + notes.rowPages().max().get();
    }

    private static String signal(FraudSignal s, boolean showData) {
        // evidence of accounting signals quotes amounts: statement data
        return s.type() + " (" + s.category() + ")" + (showData ? ": " + s.evidence() : "");
    }

    private static List<String> detectionLines(List<Detection> detections) {
        if (detections.isEmpty()) {
            return List.of("detection  none (the file was not opened)");
        }
        return detections.zipWithIndex().map(t -> (t._2 == 0 ? "detection  " : "           ") + t._1.parserId() + " "
                + t._1.confidence() + (t._1.matched() ? " " + t._1.bankId().map(b -> "bank " + b).getOrElse("no bank")
                + (t._1.evidence().isEmpty() ? "" : ": " + t._1.evidence().mkString("; ")) : " (not recognised)"));
    }
}
