package dev.passbook.parsers.generic;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.spi.Detection;
import dev.passbook.parserkit.TableEngine;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generic parser's identity and bank readers on the real corpus (docs/real-world.md), with the
 * lines the parser hands them: for every non-HDFC statement, whether an account number, holder name,
 * IFSC and period are read and whether the detected bank is the one MANIFEST.tsv names. Prints counts
 * only (no file name, no value). Opt-in: runs when {@code PASSBOOK_REAL_CORPUS} points at the corpus.
 *
 * <pre>{@code
 * PASSBOOK_REAL_CORPUS=~/passbook-real-corpus ./mvnw -B -pl app -am test -Dtest=GenericIdentityCorpusTest -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
@EnabledIfEnvironmentVariable(named = "PASSBOOK_REAL_CORPUS", matches = ".+",
        disabledReason = "PASSBOOK_REAL_CORPUS is not set: the real corpus is not on this machine")
class GenericIdentityCorpusTest {

    /** MANIFEST.tsv's bank column → the generic parser's bank id. */
    private static final Map<String, String> BANK_IDS = HashMap.ofEntries(List.of(
            "sbi:sbi", "kotak:kotak", "icici:icici", "indian_bank:indian", "paytm_pb:paytm", "bob:bob", "axis:axis",
            "canara:canara", "hsbc_india:hsbc", "karur_vysya:kvb", "standard_chartered:scb", "idfc_first:idfc",
            "cooperative_kalupur:kalupur", "pnb:pnb").map(s -> io.vavr.Tuple.of(s.split(":")[0], s.split(":")[1])));

    private record Outcome(String label, boolean account, boolean name, boolean ifsc, boolean period, String bank,
                           String expectedBank) {
        boolean rightBank() {
            return bank.equals(expectedBank);
        }

        boolean wrongBank() {
            return !bank.isEmpty() && !rightBank();
        }
    }

    @Test
    void everyReadableAuthenticStatementGetsItsBankAndAnAccountNumberAndNoneAWrongBank() throws Exception {
        Path corpus = Path.of(System.getenv("PASSBOOK_REAL_CORPUS"));
        java.util.List<String> manifest = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
        List<Outcome> outcomes = List.empty();
        int unreadable = 0;
        for (String row : manifest.subList(1, manifest.size())) {
            String[] f = row.split("\t", -1);
            if (f.length < 3 || f[1].equals("hdfc")) {
                continue;
            }
            Option<String> password = f.length > 3 && !f[3].isBlank() ? Option.some(f[3]) : Option.none();
            Either<?, Document> read = new PdfDocumentReader().read(Files.readAllBytes(corpus.resolve(f[0])), password);
            if (read.isLeft()) {
                unreadable++;
                continue;
            }
            Document document = read.get();
            List<Line> lines = GenericStatementParser.outsideTable(document, TableEngine.standard().header(document));
            Option<Identity> identity = IdentityReader.read(lines);
            Detection detection = new GenericStatementParser().detect(document);
            outcomes = outcomes.append(new Outcome(f[2], identity.isDefined(), identity.exists(i -> !i.name().isBlank()),
                    identity.exists(i -> i.ifsc().isDefined()), PeriodReader.read(lines).isDefined(),
                    detection.bankId().getOrElse(""), BANK_IDS.get(f[1]).getOrElse("?")));
        }
        List<Outcome> authentic = outcomes.filter(o -> o.label().equals("authentic"));
        System.out.printf("generic identity on the real corpus: %d non-HDFC files, %d unreadable, %d read (%d authentic)%n",
                outcomes.size() + unreadable, unreadable, outcomes.size(), authentic.size());
        for (var group : List.of(io.vavr.Tuple.of("all read", outcomes), io.vavr.Tuple.of("authentic", authentic))) {
            List<Outcome> o = group._2;
            System.out.printf("  %-9s account %d, holder name %d, IFSC %d, period %d, right bank %d, wrong bank %d, no bank %d (of %d)%n",
                    group._1, o.count(Outcome::account), o.count(Outcome::name), o.count(Outcome::ifsc), o.count(Outcome::period),
                    o.count(Outcome::rightBank), o.count(Outcome::wrongBank), o.count(x -> x.bank().isEmpty()), o.size());
        }
        assertTrue(!authentic.isEmpty(), "no readable authentic non-HDFC statement under " + corpus);
        assertEquals(0, outcomes.count(Outcome::wrongBank), "a statement was given another bank");
        assertEquals(authentic.size(), authentic.count(Outcome::rightBank), "an authentic statement's bank was not found");
        assertEquals(authentic.size(), authentic.count(Outcome::account), "an authentic statement's account number was not found");
    }
}
