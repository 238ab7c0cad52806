package dev.passbook.adapters.http.api;

import dev.passbook.core.domain.Statement;
import io.vavr.collection.List;

import java.util.Map;

/**
 * One entry of {@code progress}: uploads are processed synchronously, so every stored statement
 * has finished every stage by the time anyone can read it.
 */
final class ProgressJson {

    static final String COMPLETED = "completed";

    private ProgressJson() {
    }

    static java.util.List<Map<String, Object>> of(List<Statement> statements) {
        return statements.map(ProgressJson::entry).toJavaList();
    }

    static Map<String, Object> entry(Statement statement) {
        Map<String, Object> m = Wire.object();
        m.put("statement_id", statement.id());
        m.put("source", "pdf");
        m.put("identity_status", COMPLETED);
        m.put("transaction_status", COMPLETED);
        m.put("processing_status", COMPLETED);
        m.put("fraud_status", COMPLETED);
        m.put("message", null);
        return m;
    }
}
