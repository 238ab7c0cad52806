package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Identity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static dev.passbook.parsers.generic.TextFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The identity readers on generated label blocks and on noise. */
class IdentityReaderProperties {

    enum Colon { NONE, OWN_WORD, GLUED_TO_LABEL, GLUED_TO_VALUE }

    enum Place { BESIDE, BELOW }

    /** An account number under any of its wordings, colon style and placement, among other fields, reads back. */
    @Property(tries = 400)
    void anAccountNumberReadsBackInEveryLabelFormAndPlace(@ForAll("accountWordings") String wording, @ForAll Colon colon,
                                                          @ForAll Place place, @ForAll("accounts") String account,
                                                          @ForAll("otherFields") java.util.List<String> others) {
        double y = 100;
        List<Line> lines = List.empty();
        for (String other : others) {
            lines = lines.append(line(y, 30, other + " :", 160, "SAMPLE VALUE"));
            y += 12;
        }
        String label = switch (colon) {
            case NONE, OWN_WORD, GLUED_TO_VALUE -> wording;
            case GLUED_TO_LABEL -> wording + ":";
        };
        if (place == Place.BESIDE || colon != Colon.NONE) {
            lines = lines.append(switch (colon) {
                case NONE, GLUED_TO_LABEL -> line(y, 30, label, 160, account);
                case OWN_WORD -> line(y, 30, label, 150, ":", 160, account);
                case GLUED_TO_VALUE -> line(y, 30, label, 150, ":" + account);
            });
        } else {
            lines = lines.append(line(y, 30, label)).append(line(y + 12, 30, account));
        }
        List<Line> block = lines;
        Option<Identity> id = IdentityReader.read(block);
        assertTrue(id.isDefined(), () -> "no identity from " + texts(block));
        assertEquals(account.replace("-", ""), id.get().accountNumber(), () -> texts(block));
    }

    /** Whatever text and positions, the readers answer without throwing, and an account number is printed text. */
    @Property(tries = 400)
    void neverThrowAndNeverInventAnAccountNumber(@ForAll("noiseLines") java.util.List<Line> noise) {
        List<Line> lines = List.ofAll(noise).sortBy(Line::y);
        Option<Identity> id = IdentityReader.read(lines);
        PeriodReader.read(lines);
        BankIdentifier.identify(lines.map(Line::text));
        if (id.isDefined()) {
            String printed = lines.map(Line::text).mkString(" ").replace("-", "");
            assertTrue(printed.contains(id.get().accountNumber()), () -> id.get().accountNumber() + " not in " + printed);
        }
    }

    @Provide
    Arbitrary<String> accountWordings() {
        return Arbitraries.of("Account Number", "Account No", "Account No.", "A/c No", "A/C No.", "Acct No", "ACCOUNT NUMBER",
                "Acc.No.", "A/c Number");
    }

    @Provide
    Arbitrary<String> accounts() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(9).ofMaxLength(18);
        Arbitrary<String> masked = Arbitraries.strings().numeric().ofLength(4).map(s -> "XXXXXXXX" + s);
        Arbitrary<String> dashed = Combinators.combine(Arbitraries.strings().numeric().ofLength(3),
                Arbitraries.strings().numeric().ofLength(6), Arbitraries.strings().numeric().ofLength(3)).as((a, b, c) -> a + "-" + b + "-" + c);
        return Arbitraries.oneOf(digits, masked, dashed);
    }

    @Provide
    Arbitrary<java.util.List<String>> otherFields() {
        return Arbitraries.of("Customer Name", "Branch", "Currency", "Account Type", "Nominee", "Email", "Phone")
                .list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<java.util.List<Line>> noiseLines() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Account", "No", "Number", ":", ":-", "-", "A/c", "Name", "IFSC", "Period", "from", "to",
                        "Statement", "01/04/2024", "30-04-2024", "Apr", "2024", "Branch", "Address", "NEAR", "BANK", "SBIN0001234",
                        "12345678901", "1,234.50", "Cr", "(INR)", "INR", "Customer", "ID", "X", "Code:", "MICR:123456789"),
                Arbitraries.strings().withChars("AB09:-/.() ").ofMinLength(1).ofMaxLength(8).filter(s -> !s.isBlank()));
        Arbitrary<Word> words = Combinators.combine(word, Arbitraries.doubles().between(0, 560), Arbitraries.doubles().between(1, 12))
                .as((t, x, size) -> new Word(t.strip().isEmpty() ? "X" : t.strip().replace(" ", ""), x, 0, t.length() * 4.0, 7, "F", size));
        Arbitrary<Line> lines = Combinators.combine(Arbitraries.doubles().between(10, 800), words.list().ofMinSize(1).ofMaxSize(8))
                .as((y, ws) -> new Line(y, List.ofAll(ws).map(w -> new Word(w.text(), w.x(), y, w.width(), w.height(), w.font(), w.size()))
                        .sortBy(Word::x)));
        return lines.list().ofMaxSize(25);
    }

    private static String texts(List<Line> lines) {
        return lines.map(l -> l.y() + ": " + l.text()).mkString(" | ");
    }
}
