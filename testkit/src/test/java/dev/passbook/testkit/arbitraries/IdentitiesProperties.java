package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.Identity;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentitiesProperties {

    /** Written out from the brief, not read from BankFormat, so a wrong format table fails here. */
    static final Map<String, Integer> ACCOUNT_DIGITS = HashMap.of("hdfc", 14, "sbi", 11, "icici", 12, "axis", 15, "kotak", 10);
    static final Map<String, String> IFSC_PREFIX = HashMap.of("hdfc", "HDFC0", "sbi", "SBIN0", "icici", "ICIC0",
            "axis", "UTIB0", "kotak", "KKBK0");

    record Drawn(String bank, Identity identity) {
    }

    @Provide
    Arbitrary<Drawn> identities() {
        return Arbitraries.of(ACCOUNT_DIGITS.keySet().toJavaList()).flatMap(b -> Identities.forBank(b).map(i -> new Drawn(b, i)));
    }

    @Property(tries = 200)
    void numbersFollowTheBanksFormats(@ForAll("identities") Drawn d) {
        Identity id = d.identity();
        assertTrue(id.accountNumber().matches("[0-9]{" + ACCOUNT_DIGITS.get(d.bank()).get() + "}"), id.accountNumber());
        assertTrue(id.ifsc().get().matches(IFSC_PREFIX.get(d.bank()).get() + "[0-9A-Z]{6}"), id.ifsc().get());
        assertTrue(id.micr().get().matches("[0-9]{9}"), id.micr().get());
        assertTrue(id.customerId().get().matches("[1-9][0-9]+"), id.customerId().get());
        assertEquals("INR", id.currency());
    }

    @Property(tries = 200)
    void namesCarryATitleAndAddressesSeveralLines(@ForAll("identities") Drawn d) {
        String title = d.identity().name().split(" ")[0];
        assertTrue(List.of("MR", "MRS", "MS", "DR", "SHRI", "SMT").contains(title), d.identity().name());
        assertTrue(d.identity().name().split(" ").length >= 3, d.identity().name());
        List<String> lines = List.of(d.identity().address().split("\n"));
        assertTrue(lines.size() >= 3 && lines.size() <= 5, lines::toString);
        assertTrue(lines.last().endsWith(" INDIA"));
        assertTrue(lines.forAll(l -> !l.contains(",") && !l.isBlank()), lines::toString);
    }

    @Example
    void anUnknownBankIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Identities.forBank("acme"));
        assertTrue(e.getMessage().contains("hdfc"), e.getMessage());
    }
}
