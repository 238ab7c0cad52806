package dev.passbook.parsers.hdfc;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.StatementOptions;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.parsers.hdfc.HdfcFixtures.april2024;
import static dev.passbook.parsers.hdfc.HdfcFixtures.ordinaryRows;
import static dev.passbook.parsers.hdfc.HdfcFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HdfcIdentityTest {

    @ParameterizedTest
    @CsvSource({"HDFC_LEGACY, false", "HDFC_LEGACY, true", "HDFC_NEWER, false", "HDFC_NEWER, true"})
    void headerBlockGivesEveryIdentityFieldAndThePeriodInEitherLabelWording(Layout layout, boolean alternateLabels) {
        GeneratedStatement plain = HdfcFixtures.statement(layout, april2024(), "100.00", ordinaryRows(layout, 3),
                Money.of("250000.00"));
        StatementOptions o = plain.options();
        GeneratedStatement s = new GeneratedStatement(plain.layout(), plain.bank(), plain.identity(), plain.declaredPeriod(),
                plain.openingBalance(), plain.closingBalance(), plain.transactions(), plain.summary(),
                new StatementOptions(o.overdraft(), false, false, alternateLabels, o.generatedOn(), Option.none()));
        ParsedStatement parsed = render(s).parsed();
        Identity id = parsed.identity();

        assertEquals("50100123456789", id.accountNumber());
        assertEquals("MR RAHUL SHARMA", id.name());
        assertEquals("FLAT NO 12 SAI KRUPA, MG ROAD, PUNE 411001, MAHARASHTRA INDIA", id.address());
        assertEquals(Option.some("HDFC0001234"), id.ifsc());
        assertEquals(Option.some("411240002"), id.micr());
        assertEquals(Option.some("12345678"), id.customerId());
        assertEquals(Option.some("PUNE - MG ROAD"), id.branch());
        assertEquals(Option.some(LocalDate.of(2015, 6, 1)), id.accountOpeningDate());
        assertEquals(new BigDecimal("250000.00"), id.odLimit());
        assertEquals("INR", id.currency());
        assertEquals(AccountCategory.INDIVIDUAL, id.accountCategory());
        assertEquals(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)), parsed.declaredPeriod().get());
        assertEquals(layout == Layout.HDFC_LEGACY ? "hdfc-legacy-v1" : "hdfc-newer-v1", parsed.layoutId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MR RAHUL SHARMA | REGULAR SAVINGS | INDIVIDUAL",
            "SMT KAVITA IYER | CURRENT ACCOUNT | INDIVIDUAL",
            "ACME SOFTWARE PVT LTD | REGULAR SAVINGS | CORPORATE",
            "BRIGHTPATH SERVICES LLP | CURRENT ACCOUNT | CORPORATE",
            "SHARMA ENTERPRISES | SAVINGS | CORPORATE",
            "GUPTA TRADERS | SAVINGS | CORPORATE",
            "M/S PATEL & CO | SAVINGS | CORPORATE",
            "PATEL AND CO | SAVINGS | CORPORATE",
            "RAHUL SHARMA | CURRENT ACCOUNT - PLUS | CORPORATE",
            "RAHUL SHARMA | SAVINGS MAX | INDIVIDUAL",
            "COLTRADERSON | SAVINGS | INDIVIDUAL"})
    void categoryComesFromHolderNameThenTitleThenProduct(String name, String product, AccountCategory expected) {
        assertEquals(expected, AccountCategories.of(name, product));
    }
}
