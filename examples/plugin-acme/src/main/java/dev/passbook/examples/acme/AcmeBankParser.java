package dev.passbook.examples.acme;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import dev.passbook.parserkit.Ledger;
import dev.passbook.parserkit.Table;
import dev.passbook.parserkit.TableEngine;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements of Acme Bank, a fictional bank: a labelled identity block, a period line, an
 * opening balance above the table and a closing balance below it, and a table the shared engine reads.
 * The worked example of docs/plugin-guide.md.
 */
// tag::class[]
public final class AcmeBankParser implements StatementParser {

    public static final Bank ACME = new Bank("acme", "Acme Bank", "ACME");
    private static final TableEngine ENGINE = TableEngine.standard();
    private static final Pattern IFSC = Pattern.compile("\\bACME0[0-9A-Z]{6}\\b");
    private static final Pattern FIELD = Pattern.compile(
            "^(Customer Name|Address|Account No|Customer ID|IFSC|MICR|Opening Balance|Closing Balance) : (.+)$");

    @Override
    public String id() {
        return "acme";
    }

    @Override
    public List<Bank> banks() {
        return List.of(ACME);
    }
    // end::class[]

    // tag::detect[]
    /** Cheap and text-only: the bank's IFSC prefix is enough, and nothing here can throw. */
    @Override
    public Detection detect(Document document) {
        return IFSC.matcher(document.text()).find()
                ? new Detection(id(), Option.some(ACME.id()), 90, List.of("IFSC prefix ACME0"))
                : Detection.none(id());
    }
    // end::detect[]

    // tag::parse[]
    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        return Try.of(() -> read(document))
                .getOrElse(() -> Either.left(ParseRefusal.of(ReadStage.ROWS, "the Acme parser failed unexpectedly")));
    }

    private static Either<ParseRefusal, ParsedStatement> read(Document document) {
        Either<ParseRefusal, Table> table = ENGINE.read(document);
        if (table.isLeft()) {
            return Either.left(table.getLeft());
        }
        List<String> lines = document.pages().flatMap(Page::lines).map(Line::text);
        Map<String, String> fields = fields(lines);
        if (!fields.containsKey("Account No")) {
            return Either.left(ParseRefusal.at(ReadStage.IDENTITY, "no 'Account No :' line", Place.page(1)));
        }
        Option<DateRange> period = lines.find(l -> l.startsWith("Statement for "))
                .map(StatementDates::find).filter(found -> found.size() == 2)
                .map(found -> DateRange.of(found.get(0).date(), found.get(1).date()));
        Option<BigDecimal> opening = fields.get("Opening Balance").flatMap(Amounts::parseSigned);
        Option<BigDecimal> closing = fields.get("Closing Balance").flatMap(Amounts::parseSigned);
        return Ledger.read(table.get(), period, opening).map(ledger -> new ParsedStatement("acme-v1",
                identity(fields), period, opening.orElse(ledger.opening()), closing.orElse(ledger.closing()),
                ledger.transactions(), Option.none(), ledger.notes()));
    }
    // end::parse[]

    // tag::identity[]
    /** {@code Label : value} lines; lines under {@code Address :} without a label continue the address. */
    static Map<String, String> fields(List<String> lines) {
        Map<String, String> fields = HashMap.empty();
        String last = "";
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            if (m.matches() && !fields.containsKey(m.group(1))) {
                last = m.group(1);
                fields = fields.put(last, m.group(2).trim());
            } else if (last.equals("Address") && !line.startsWith("Statement for ")) {
                fields = fields.put(last, fields.get(last).get() + "\n" + line.trim());
            } else {
                last = "";
            }
        }
        return fields;
    }

    static Identity identity(Map<String, String> f) {
        return new Identity(f.get("Account No").get(), f.get("Customer Name").getOrElse(""),
                f.get("Address").getOrElse(""), f.get("IFSC"), f.get("MICR"), AccountCategory.INDIVIDUAL,
                Money.ZERO, Money.ZERO, f.get("Customer ID"), Option.none(), Option.none(), "INR");
    }
    // end::identity[]
}
