package dev.passbook.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassbookTest {

    static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final Passbook PASSBOOK = Passbook.builder().build();

    private static JsonNode truth(String sample) throws IOException {
        return new ObjectMapper().readTree(SAMPLES.resolve(sample + ".json").toFile());
    }

    @Test
    void everySampleReadsAsItsTruthFileSays() throws IOException {
        for (String sample : List.of("hdfc-newer", "hdfc-legacy", "sbi-debit-credit", "axis-amount-drcr", "icici-serial-first")) {
            JsonNode truth = truth(sample);
            BankStatement s = PASSBOOK.read(SAMPLES.resolve(sample + ".pdf")).orElseThrow();
            assertEquals(truth.get("bank").asText(), s.bankId(), sample);
            assertEquals(truth.get("identity").get("account_number").asText(), s.holder().accountNumber(), sample);
            assertEquals(truth.get("transactions").size(), s.transactions().size(), sample);
            JsonNode last = truth.get("transactions").get(truth.get("transactions").size() - 1);
            Transaction read = s.transactions().get(s.transactions().size() - 1);
            assertEquals(0, new BigDecimal(last.get("amount").asText()).compareTo(read.amount()), sample);
            assertEquals(last.get("type").asText().toUpperCase(), read.type().name(), sample);
            assertEquals(Verdict.VERIFIED, s.verdict(), sample + ": " + s.check().description());
            assertTrue(s.fraudType().isEmpty(), sample + ": " + s.signals());
        }
    }

    @Test
    void theEditedBalanceIsCaughtAndNamedAsTheFraudType() throws IOException {
        int editedRow = truth("hdfc-legacy-tampered").get("edited_balance_row").asInt() + 1; // the truth counts from 0
        BankStatement s = PASSBOOK.read(SAMPLES.resolve("hdfc-legacy-tampered.pdf")).orElseThrow();
        assertEquals(Verdict.UNVERIFIED, s.verdict());
        assertEquals("inconsistent_transaction", s.fraudType().orElseThrow());
        assertEquals(editedRow, s.check().firstBreakRow().orElseThrow(), s.check().description());
        assertTrue(s.signals().stream().anyMatch(g -> g.type().equals("incremental_update")), "edited in a second revision: " + s.signals());
        for (int i = 1; i < s.signals().size(); i++) {
            assertTrue(s.signals().get(i - 1).severity() >= s.signals().get(i).severity(), "most severe first: " + s.signals());
        }
    }

    @Test
    void refusalsAreValuesWithTheCatalogueCodeAndTheStage() {
        Result garbage = PASSBOOK.read("not a pdf".getBytes());
        assertFalse(garbage.isRead());
        assertEquals("INVALID_FILE_OBJECT", garbage.refusal().orElseThrow().code());
        assertEquals("open", garbage.refusal().orElseThrow().stage());
        StatementRefusedException thrown = assertThrows(StatementRefusedException.class, garbage::orElseThrow);
        assertEquals(garbage.refusal().orElseThrow(), thrown.refusal());

        Result unknownBank = PASSBOOK.read(SAMPLES.resolve("hdfc-newer.pdf"), ReadOptions.none().bank("no-such-bank"));
        assertEquals("INVALID_BANK_NAME", unknownBank.refusal().orElseThrow().code());
        Result otherBank = PASSBOOK.read(SAMPLES.resolve("hdfc-newer.pdf"), ReadOptions.none().bank("SBI "));
        assertEquals("BANK_NAME_MISMATCH", otherBank.refusal().orElseThrow().code());
        assertEquals("Not sbi bank statement", otherBank.refusal().orElseThrow().message());
    }

    @Test
    void expectedNamesAreMatchedAgainstTheHolder() throws IOException {
        String holder = truth("hdfc-newer").get("identity").get("name").asText();
        BankStatement s = PASSBOOK.read(SAMPLES.resolve("hdfc-newer.pdf"),
                ReadOptions.none().expectedName(holder.toLowerCase()).expectedName("Somebody Else Entirely")).orElseThrow();
        assertEquals(2, s.nameMatches().size());
        assertTrue(s.nameMatches().get(0).matched(), s.nameMatches().toString());
        assertFalse(s.nameMatches().get(1).matched(), s.nameMatches().toString());
    }

    @Test
    void limitsAndTheForcedParserAreWiringOptions() {
        Result tooBig = Passbook.builder().maxBytes(1000).build().read(SAMPLES.resolve("hdfc-newer.pdf"));
        assertEquals("FILE_TOO_LARGE", tooBig.refusal().orElseThrow().code(), "as Builder.maxBytes documents");
        Result forced = Passbook.builder().parser("generic").build().read(SAMPLES.resolve("sbi-debit-credit.pdf"));
        assertEquals("generic", forced.orElseThrow().parserId());
        IllegalArgumentException notInstalled = assertThrows(IllegalArgumentException.class,
                () -> Passbook.builder().parser("acme").build());
        assertTrue(notInstalled.getMessage().contains("hdfc"), notInstalled.getMessage());
        assertTrue(PASSBOOK.parsers().containsAll(List.of("hdfc", "generic")), PASSBOOK.parsers().toString());
        assertTrue(PASSBOOK.banks().containsAll(List.of("hdfc", "sbi")), PASSBOOK.banks().toString());
    }

    @Test
    void analysisSettingsAreCheckedAndApplied() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> Passbook.builder().analysisSetting("severity.author_fraudd", "0").build());
        assertTrue(typo.getMessage().contains("author_fraudd"), typo.getMessage());
        BankStatement quiet = Passbook.builder().analysisSetting("analysis.severity.incremental_update", "0").build()
                .read(SAMPLES.resolve("hdfc-legacy-tampered.pdf")).orElseThrow();
        assertTrue(quiet.signals().stream().noneMatch(g -> g.type().equals("incremental_update")), quiet.signals().toString());
        assertFalse(quiet.signals().isEmpty(), "the balance break is still reported");
    }

    /** A host that does not use vavr must not meet it: no public signature of the facade names a vavr type. */
    @Test
    void thePublicApiUsesNoVavrType() throws IOException {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("target", "classes", "dev", "passbook", "embed"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = "dev.passbook.embed." + f.getFileName().toString().replace(".class", "").replace('/', '.');
                try {
                    classes.add(Class.forName(name));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(classes.size() >= 10, "found the facade's classes: " + classes);
        for (Class<?> c : classes) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            for (Method m : c.getMethods()) {
                List<Type> types = new ArrayList<>(Arrays.asList(m.getGenericParameterTypes()));
                types.add(m.getGenericReturnType());
                types.stream().filter(t -> t.getTypeName().contains("io.vavr")).forEach(t -> leaks.add(c.getSimpleName() + "." + m.getName() + ": " + t));
            }
            Arrays.stream(c.getConstructors()).flatMap(k -> Arrays.stream(k.getGenericParameterTypes()))
                    .filter(t -> t.getTypeName().contains("io.vavr")).forEach(t -> leaks.add(c.getSimpleName() + "(): " + t));
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (rc.getGenericType().getTypeName().contains("io.vavr")) {
                        leaks.add(c.getSimpleName() + "." + rc.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
