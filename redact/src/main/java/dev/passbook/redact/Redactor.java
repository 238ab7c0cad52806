package dev.passbook.redact;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * {@code passbook redact} as a library: writes a copy of a statement PDF that Passbook reads as it reads
 * the original (same pages, lines, word boxes; same verdict, bank, layout and rows) with nothing of the
 * person left in it, and proves the second half with a {@link LeakCheck} before handing the copy out.
 * See {@code docs/redaction.md}.
 *
 * <pre>{@code
 * Redactor redactor = new Redactor(new PdfDocumentReader(), reading);
 * Either<String, Redactor.Redaction> r = redactor.redact(bytes, Option.none(), new SecureRandom());
 * r.get().pdf(); r.get().expectedJson(); r.get().report().describe();
 * }</pre>
 */
public final class Redactor {

    /** The copy, what Passbook reads from it, and the report (counts only). */
    public record Redaction(byte[] pdf, String expectedJson, RedactionReport report,
                            Either<ReadRefusal, StatementRead> copyRead, Document copy) {
    }

    /** Attempts with fresh invented values before a leak is taken as the redaction's own fault. */
    static final int ATTEMPTS = 5;

    private final DocumentReader reader;
    private final ReadStatement reading;
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final UnaryOperator<Map<WordRef, String>> beforeDrawing;

    public Redactor(DocumentReader reader, ReadStatement reading) {
        this(reader, reading, UnaryOperator.identity());
    }

    /** With a step between planning and drawing: tests use it to plant a leak. */
    Redactor(DocumentReader reader, ReadStatement reading, UnaryOperator<Map<WordRef, String>> beforeDrawing) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.beforeDrawing = Objects.requireNonNull(beforeDrawing, "beforeDrawing");
    }

    /**
     * Redacts {@code file}. Left: why no copy was written (the original cannot be read, or every attempt
     * left a personal token in the copy); the reason quotes no statement data.
     */
    public Either<String, Redaction> redact(byte[] file, Option<String> password, Random random) {
        return redact(file, password, random, leaks -> { });
    }

    /** As {@link #redact(byte[], Option, Random)}, handing each refused attempt's leaks (statement data) to {@code refused}. */
    Either<String, Redaction> redact(byte[] file, Option<String> password, Random random,
                                     java.util.function.Consumer<List<LeakCheck.Leak>> refused) {
        Either<dev.passbook.core.error.UploadError, Document> read = reader.read(file, password);
        if (read.isLeft()) {
            return Either.left("the original cannot be read: " + read.getLeft().errorCode().name());
        }
        Document doc = read.get();
        Either<ReadRefusal, StatementRead> before = reading.read(ReadRequest.of(file).withPassword(password));
        Option<ParsedStatement> parsed = before.toOption().map(StatementRead::parsed);
        Personal personal = personal(doc, parsed);
        String producer = producerCategory(doc);
        List<LeakCheck.Leak> leaks = List.of();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Inventor inventor = new Inventor(new Random(random.nextLong()), vocabulary, personal.originalRuns);
            long dayOffset = -7L * (8 + random.nextInt(53));
            MoneyPlan.Result money = new MoneyPlan(doc, new Random(random.nextLong()), inventor, personal.amountDigits)
                    .plan(parsed, personal.counts);
            TextPlan text = new TextPlan(vocabulary, inventor, dayOffset, parsed.map(ParsedStatement::identity),
                    personal.forced(), parsed.flatMap(Redactor::period), personal.fragments);
            Map<WordRef, String> texts = beforeDrawing.apply(text.plan(doc, money.texts()));
            Redrawer.Drawn drawn;
            try (PDDocument original = open(file, password)) {
                drawn = new Redrawer().draw(doc, original, texts, producer);
            } catch (IOException e) {
                return Either.left("the copy could not be written: " + e.getClass().getSimpleName());
            }
            Either<dev.passbook.core.error.UploadError, Document> copyDoc = reader.read(drawn.pdf(), Option.none());
            if (copyDoc.isLeft()) {
                return Either.left("the copy cannot be read back: " + copyDoc.getLeft().errorCode().name());
            }
            leaks = new LeakCheck(personal.runs, personal.amountDigits).check(copyDoc.get(), drawn.pdf());
            if (!leaks.isEmpty()) {
                refused.accept(leaks);
                continue;
            }
            Either<ReadRefusal, StatementRead> after = reading.read(ReadRequest.of(drawn.pdf()));
            Fidelity fidelity = Fidelity.compare(doc, before, copyDoc.get(), after);
            Map<String, Integer> counts = new LinkedHashMap<>();
            TextPlan.Counts c = text.counts();
            counts.put("words replaced", c.wordsReplaced());
            counts.put("words kept", c.wordsKept());
            counts.put("dates shifted", c.datesShifted());
            counts.put("dates not shifted", c.datesNotShifted());
            counts.put("IFSC codes", c.ifscCodes());
            counts.put("distinct tokens invented", inventor.inventedRuns());
            counts.put("rows located", money.rowsLocated());
            counts.put("rows not located", money.rowsNotLocated());
            counts.put("statement figures", money.figures());
            counts.put("amounts scrambled", money.scrambled());
            counts.put("images blanked", drawn.images());
            counts.put("paths copied", drawn.paths());
            counts.put("curved paths dropped", drawn.pathsDropped());
            counts.put("characters not encodable", drawn.unencodable());
            counts.put("rupee signs drawn as Rs", drawn.rupees());
            counts.put("pages without graphics", drawn.pagesWithoutGraphics());
            RedactionReport report = new RedactionReport(Fidelity.describe(before), counts, money.regenerated(),
                    fidelity, attempt);
            return Either.right(new Redaction(drawn.pdf(), ExpectedJson.of(after), report, after, copyDoc.get()));
        }
        return Either.left("the leak check refused every copy: " + LeakCheck.summary(leaks));
    }

    private static PDDocument open(byte[] file, Option<String> password) {
        for (String p : new String[]{password.getOrElse(""), ""}) {
            try {
                return Loader.loadPDF(file, p);
            } catch (IOException | RuntimeException e) {
                // try the next password, then draw text only
            }
        }
        return null;
    }

    /**
     * The personal tokens of the original that must not appear in the copy, the holder's name runs (replaced
     * even when a vocabulary word), and every run the original prints (never invented).
     */
    record Personal(Set<String> runs, Set<String> amountDigits, Set<String> names, Set<String> originalRuns,
                    Map<WordRef, Set<String>> fragments, Set<String> references, Set<WordRef> counts) {

        /**
         * Runs the text plan replaces even where a rule would keep them: the holder's name words, and the
         * digit runs (four characters or more) of the references the parser read, however few significant
         * digits they hold ({@code 0000000000000524}, a cheque serial).
         */
        Set<String> forced() {
            Set<String> out = new HashSet<>(names);
            out.addAll(references);
            return out;
        }
    }

    /** The period a statement declares, else the one its rows span. */
    private static Option<DateRange> period(ParsedStatement s) {
        if (s.declaredPeriod().isDefined() || s.transactions().isEmpty()) {
            return s.declaredPeriod();
        }
        var dates = s.transactions().map(Transaction::date);
        return Option.some(new DateRange(dates.min().get(), dates.max().get()));
    }

    /** Name words that are not the holder's: titles. */
    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "DR", "SMT", "SHRI", "SRI", "KUM", "MASTER",
            "PROF", "LATE", "M/S", "MESSRS");

    Personal personal(Document doc, Option<ParsedStatement> parsed) {
        Set<String> runs = new HashSet<>();
        Set<String> amounts = new HashSet<>();
        Set<String> all = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> bankCodes = new HashSet<>();
        Set<String> references = new HashSet<>();
        if (parsed.isDefined()) {
            for (String run : LeakCheck.runs(parsed.get().identity().name())) {
                if (!Character.isDigit(run.charAt(0)) && run.length() >= 3 && !TITLES.contains(run)) {
                    names.add(run);
                    runs.add(run);
                }
            }
        }
        if (parsed.isDefined()) {
            Identity id = parsed.get().identity();
            List.of(id.accountNumber(), id.name(), id.address(), id.customerId().getOrElse(""), id.branch().getOrElse(""),
                    id.ifsc().map(i -> i.length() > 5 ? i.substring(5) : "").getOrElse(""), id.micr().getOrElse(""))
                    .forEach(t -> addPersonal(t, runs, Set.of()));
            for (Transaction t : parsed.get().transactions()) {
                addPersonal(t.note(), runs, Set.of());
                addPersonal(t.reference().getOrElse(""), runs, Set.of());
                t.reference().forEach(r -> LeakCheck.runs(r).stream()
                        .filter(run -> Character.isDigit(run.charAt(0)) && run.length() >= 4 && !run.matches("0+"))
                        .forEach(references::add));
            }
        }
        // a piece of a wrapped word is kept only where the parser's reading does not name it (a narration cut
        // mid-word is read as personal text; a wrapped header title is not) and the file prints it nowhere else
        Map<WordRef, Set<String>> split = TextPlan.splitWords(doc, vocabulary, names);
        Set<String> pieces = new HashSet<>();
        split.values().forEach(pieces::addAll);
        Set<String> elsewhere = new HashSet<>(runs);
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l < lines.size(); l++) {
                for (int w = 0; w < lines.get(l).words().size(); w++) {
                    Set<String> kept = split.getOrDefault(new WordRef(p, l, w), Set.of());
                    LeakCheck.runs(lines.get(l).words().get(w).text()).stream()
                            .filter(r -> pieces.contains(r) && !kept.contains(r)).forEach(elsewhere::add);
                }
            }
        }
        Map<WordRef, Set<String>> fragments = new java.util.HashMap<>();
        split.forEach((ref, kept) -> {
            Set<String> safe = new HashSet<>(kept);
            safe.removeAll(elsewhere);
            if (!safe.isEmpty()) {
                fragments.put(ref, safe);
            }
        });
        Set<WordRef> counts = MoneyPlan.countWords(doc, parsed);
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l < lines.size(); l++) {
                List<Word> words = lines.get(l).words().toJavaList();
                for (int w = 0; w < words.size(); w++) {
                    String text = words.get(w).text();
                    all.addAll(LeakCheck.runs(text));
                    if (counts.contains(new WordRef(p, l, w))) {
                        continue; // the summary's counts are the copy's too (MoneyPlan.countWords)
                    }
                    if (MoneyText.moneyLike(text)) {
                        String digits = MoneyText.digits(text);
                        if (digits.replaceAll("^0+|0+$", "").length() >= 4) {
                            amounts.add(digits);
                        }
                    } else if (!vocabulary.keeps(text)) {
                        // a word the vocabulary keeps whole (E-mail) is printed as it is: its runs (MAIL) are not personal
                        addPersonal(text, runs, fragments.getOrDefault(new WordRef(p, l, w), Set.of()));
                    }
                    Matcher ifsc = TextPlan.IFSC.matcher(text);
                    while (ifsc.find()) {
                        bankCodes.add(ifsc.group(1).substring(0, 4).toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        // an IFSC's bank code names a bank, not a person, wherever it is printed: the copy keeps it inside IFSCs
        bankCodes.removeAll(names);
        runs.removeAll(bankCodes);
        // a count the leak check would take for a personal token printed elsewhere (a number; grouped, an amount)
        counts.removeIf(ref -> {
            String text = doc.pages().get(ref.page()).lines().get(ref.line()).words().get(ref.word()).text();
            return MoneyText.moneyLike(text) ? amounts.contains(MoneyText.digits(text)) : LeakCheck.runs(text).stream().anyMatch(runs::contains);
        });
        return new Personal(Set.copyOf(runs), Set.copyOf(amounts), Set.copyOf(names), Set.copyOf(all), fragments,
                Set.copyOf(references), Set.copyOf(counts));
    }

    /**
     * Letter runs of three or more and digit runs of four or more that the text plan does not keep
     * ({@code kept}: the runs it keeps in this word as part of a vocabulary word wrapped over lines).
     */
    private void addPersonal(String text, Set<String> runs, Set<String> kept) {
        if (text == null) {
            return;
        }
        // an IFSC's bank code names the bank, not the person
        for (String run : LeakCheck.runs(TextPlan.IFSC.matcher(text).replaceAll(" 0$2"))) {
            boolean digits = Character.isDigit(run.charAt(0));
            if (!TextPlan.keepsRun(run, vocabulary) && !kept.contains(run) && run.length() >= (digits ? 4 : 3)) {
                runs.add(run);
            }
        }
    }

    /** The original's producer, as a category only (the program family, never a version or a name). */
    static String producerCategory(Document doc) {
        String p = (doc.metadata().producer().getOrElse("") + " " + doc.metadata().creator().getOrElse(""))
                .toLowerCase(Locale.ROOT);
        for (String[] f : PRODUCER_FAMILIES) {
            if (p.contains(f[0])) {
                return f[1];
            }
        }
        return p.isBlank() ? "none" : "other";
    }

    static final String[][] PRODUCER_FAMILIES = {
            {"itext", "iText"}, {"pdfbox", "PDFBox"}, {"skia", "Chrome print"}, {"chrom", "Chrome print"},
            {"microsoft", "Microsoft Office"}, {"excel", "Microsoft Office"}, {"word", "Microsoft Office"},
            {"jasper", "JasperReports"}, {"crystal", "Crystal Reports"}, {"wkhtml", "wkhtmltopdf"},
            {"ghostscript", "Ghostscript"}, {"libreoffice", "LibreOffice"}, {"openoffice", "LibreOffice"},
            {"fpdf", "FPDF"}, {"tcpdf", "TCPDF"}, {"reportlab", "ReportLab"}, {"qt", "Qt"},
            {"acrobat", "Adobe"}, {"adobe", "Adobe"}, {"quartz", "macOS Quartz"}, {"birt", "BIRT"},
            {"aspose", "Aspose"}, {"pdfsharp", "PDFsharp"}, {"dompdf", "dompdf"}, {"oracle", "Oracle reports"}};
}
