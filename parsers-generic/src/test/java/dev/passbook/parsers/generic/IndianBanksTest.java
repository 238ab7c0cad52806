package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Bank;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndianBanksTest {

    @Test
    void tableHoldsAtLeastSixtyBanksWithUniqueIdsAndPrefixes() {
        List<Bank> banks = IndianBanks.all();
        assertTrue(banks.size() >= 60, "only " + banks.size() + " banks");
        assertEquals(banks.size(), banks.map(Bank::id).distinct().size(), "duplicate ids");
        assertEquals(banks.size(), banks.map(Bank::ifscPrefix).distinct().size(), "duplicate IFSC prefixes");
        assertEquals(banks.size(), banks.map(Bank::fullName).distinct().size(), "duplicate names");
    }

    @Test
    void idsAreShortLowerCaseAndPrefixesAreFourCapitals() {
        for (Bank b : IndianBanks.all()) {
            assertTrue(b.id().matches("[a-z][a-z0-9]{1,11}"), () -> "bad id " + b.id());
            assertTrue(b.ifscPrefix().matches("[A-Z]{4}"), () -> "bad prefix " + b.ifscPrefix());
            assertTrue(!b.fullName().isBlank());
        }
    }

    @Test
    void knowsTheBanksNamedInBankLayouts() {
        // BANK-LAYOUTS.md, "Bank identification without a dedicated parser"
        String[][] expected = {{"HDFC", "hdfc"}, {"SBIN", "sbi"}, {"ICIC", "icici"}, {"UTIB", "axis"}, {"KKBK", "kotak"},
                {"BARB", "bob"}, {"PUNB", "pnb"}, {"UBIN", "union"}, {"CNRB", "canara"}, {"IDIB", "indian"},
                {"IOBA", "iob"}, {"BKID", "boi"}, {"MAHB", "bom"}, {"INDB", "indusind"}, {"IDFB", "idfc"},
                {"YESB", "yes"}, {"FDRL", "federal"}, {"IBKL", "idbi"}, {"KARB", "karnataka"}, {"KVBL", "kvb"},
                {"SIBL", "sib"}, {"CSBK", "csb"}, {"RATN", "rbl"}, {"AUBL", "au"}, {"ESFB", "equitas"},
                {"UJVN", "ujjivan"}, {"JSFB", "jana"}, {"PYTM", "paytm"}};
        for (String[] e : expected) {
            assertEquals(e[1], IndianBanks.byIfscPrefix(e[0]).map(Bank::id).getOrElse("none"), e[0]);
        }
    }

    @Test
    void theTestkitBanksKeepTheirIds() {
        assertEquals("State Bank of India", IndianBanks.byId("sbi").get().fullName());
        assertEquals("ICIC", IndianBanks.byId("icici").get().ifscPrefix());
        assertEquals("UTIB", IndianBanks.byId("axis").get().ifscPrefix());
        assertEquals("KKBK", IndianBanks.byId("kotak").get().ifscPrefix());
        assertEquals("HDFC", IndianBanks.byId("hdfc").get().ifscPrefix());
    }

    @Test
    void mergedBanksCodesNameTheBankThatTookThemOver() {
        assertEquals("union", IndianBanks.byIfsc("ANDB0001234").get().id());
        assertEquals("pnb", IndianBanks.byIfsc("ORBC0100200").get().id());
        assertEquals("bob", IndianBanks.byIfsc("VIJB0001010").get().id());
        assertEquals("canara", IndianBanks.byIfsc("SYNB0009876").get().id());
    }

    @Test
    void malformedOrUnknownCodesNameNoBank() {
        assertTrue(IndianBanks.byIfsc("SBIN1001234").isEmpty(), "fifth character must be 0");
        assertTrue(IndianBanks.byIfsc("SBIN000123").isEmpty(), "too short");
        assertTrue(IndianBanks.byIfsc("QQQQ0001234").isEmpty(), "unknown prefix");
        assertTrue(IndianBanks.byIfsc("").isEmpty());
    }

    @Property(tries = 100)
    void everyIfscOfABankNamesThatBank(@ForAll("banks") Bank bank, @ForAll("branches") String branch) {
        String code = bank.ifscPrefix() + "0" + branch;
        assertEquals(bank, IndianBanks.byIfsc(code).get());
        assertEquals(bank, IndianBanks.byIfsc(code.toLowerCase(java.util.Locale.ROOT)).get(), "any case");
    }

    @Provide
    Arbitrary<Bank> banks() {
        return Arbitraries.of(IndianBanks.all().asJava());
    }

    @Provide
    Arbitrary<String> branches() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(6);
    }

    @Test
    void knowsEveryBankOfTheRealCorpusByItsOwnPrefix() {
        // docs/real-world.md: the banks of the development corpus (co-operatives use their own code)
        String[][] expected = {{"KCCB", "kalupur"}, {"PYTM", "paytm"}, {"IDFB", "idfc"}, {"HSBC", "hsbc"}, {"SCBL", "scb"},
                {"KVBL", "kvb"}, {"CNRB", "canara"}, {"IDIB", "indian"}, {"BARB", "bob"}, {"ICIC", "icici"}, {"UTIB", "axis"},
                {"SBIN", "sbi"}, {"PUNB", "pnb"}, {"KKBK", "kotak"}, {"HDFC", "hdfc"}};
        for (String[] e : expected) {
            assertEquals(e[1], IndianBanks.byIfscPrefix(e[0]).map(Bank::id).getOrElse("none"), e[0]);
        }
    }

    @Test
    void cooperativeBanksAreMarkedSoTheirSponsorsCodesDoNotDecide() {
        for (IndianBanks.Entry e : IndianBanks.entries()) {
            boolean cooperativeName = e.bank().fullName().matches("(?i).*(co-operative|sahakari).*");
            assertEquals(cooperativeName, e.kind() == IndianBanks.Kind.COOPERATIVE, e.bank().fullName());
        }
    }

    @Test
    void domainsAndAbbreviationsBelongToOneBankEach() {
        List<String> domains = IndianBanks.entries().flatMap(IndianBanks.Entry::domains);
        assertEquals(domains.size(), domains.distinct().size(), "a domain listed twice");
        assertTrue(domains.forAll(d -> d.matches("[a-z0-9.-]+\\.[a-z]{2,}")), () -> domains.mkString(", "));
        List<String> abbreviations = IndianBanks.entries().flatMap(IndianBanks.Entry::abbreviations);
        assertEquals(abbreviations.size(), abbreviations.distinct().size());
        assertTrue(abbreviations.forAll(a -> a.matches("[A-Z]{3,5}")));
    }
}
