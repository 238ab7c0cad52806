package dev.passbook.core.spi.support;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelledFieldsTest {

    @Test
    void labelledValuesRunToTheNextKnownLabel() {
        List<String> labels = List.of("OD Limit", "Currency", "Account Branch", "Branch Code", "Product Code");
        assertEquals(LinkedHashMap.of("OD Limit", "1,00,000.00", "Currency", "INR"),
                LabelledFields.read("OD Limit : 1,00,000.00 Currency : INR", labels));
        assertEquals(LinkedHashMap.of("Branch Code", "1234", "Product Code", "100"),
                LabelledFields.read("Branch Code :1234   Product  Code: 100", labels));
        assertEquals(LinkedHashMap.of("Account Branch", "MG ROAD PUNE"),
                LabelledFields.read("Account Branch : MG ROAD PUNE", labels));
    }

    @Test
    void aLabelGluedToAnotherWordIsNotALabel() {
        assertEquals(LinkedHashMap.empty(), LabelledFields.read("XCurrency : INR", List.of("Currency")));
    }
}
