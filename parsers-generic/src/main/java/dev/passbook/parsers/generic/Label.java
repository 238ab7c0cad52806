package dev.passbook.parsers.generic;

import dev.passbook.core.spi.support.table.LabelledFields;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * The labelled fields a statement prints around its table ({@code Label : value}), each with the
 * wordings banks use. Reading is core's {@link LabelledFields}: any case, any spacing, a colon after
 * the label, the longest wording winning ({@code Account Name} is not read as {@code Name}).
 */
enum Label {
    ACCOUNT_NUMBER("Account Number", "Account No.", "Account No", "A/c Number", "A/c No.", "A/c No", "Acct No.", "Acct No",
            "Account #", "Savings Account No."),
    NAME("Account Name", "Account Holder Name", "Account Holder", "Customer Name", "Name of Customer", "Name"),
    ADDRESS("Address", "Customer Address", "Communication Address"),
    CUSTOMER_ID("Customer ID", "Customer No.", "Customer No", "Cust ID", "Cust. ID", "CIF No.", "CIF No", "CIF Number",
            "CIF ID", "CIF", "Cust. Reln. No.", "Cust Reln No", "Customer Relationship No.", "CRN"),
    IFSC("IFSC Code", "IFS Code", "IFSC", "RTGS/NEFT IFSC", "NEFT IFSC"),
    MICR("MICR Code", "MICR No.", "MICR No", "MICR"),
    BRANCH("Branch Name", "Account Branch", "Branch", "Home Branch"),
    OPENING_BALANCE("Opening Balance", "Balance B/F", "Balance Brought Forward", "Brought Forward"),
    CLOSING_BALANCE("Closing Balance", "Closing Bal", "Balance C/F", "Balance Carried Forward", "Carried Forward");

    private final List<String> wordings;

    Label(String... wordings) {
        this.wordings = List.of(wordings);
    }

    private static final List<String> ALL = List.of(values()).flatMap(l -> l.wordings);

    /** The labelled values of one printed line, first value per label. */
    static Map<Label, String> read(String text) {
        Map<Label, String> out = LinkedHashMap.empty();
        for (var e : LabelledFields.read(text, ALL)) {
            Label label = List.of(values()).find(l -> l.wordings.contains(e._1)).get();
            if (!out.containsKey(label) && !e._2.isBlank()) {
                out = out.put(Tuple.of(label, e._2));
            }
        }
        return out;
    }
}
