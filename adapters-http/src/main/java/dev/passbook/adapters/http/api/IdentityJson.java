package dev.passbook.adapters.http.api;

import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Statement;

import java.util.Map;

/** The {@code identity} object of the document's example (full account number, as the example shows). */
final class IdentityJson {

    private IdentityJson() {
    }

    static Map<String, Object> of(Statement statement) {
        Identity identity = statement.identity();
        Map<String, Object> m = Wire.object();
        m.put("account_number", identity.accountNumber());
        m.put("name", identity.name());
        m.put("address", identity.address());
        m.put("ifsc", Wire.orNull(identity.ifsc()));
        m.put("micr", Wire.orNull(identity.micr()));
        m.put("account_category", identity.accountCategory().wire());
        m.put("credit_limit", identity.creditLimit());
        m.put("od_limit", identity.odLimit());
        m.put("account_id", statement.accountId());
        m.put("bank_name", statement.bankId());
        return m;
    }
}
