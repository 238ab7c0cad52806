package dev.passbook.adapters.http.api;

import dev.passbook.core.domain.DateRange;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small conversions to the wire: absent values become JSON {@code null}, ranges become objects. */
final class Wire {

    private Wire() {
    }

    /** The value or {@code null}; JSON bodies are the one place a null is meant. */
    static <T> Object orNull(Option<T> value) {
        return value.getOrNull();
    }

    static Map<String, Object> range(DateRange range) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from_date", range.from());
        m.put("to_date", range.to());
        return m;
    }

    static java.util.List<String> months(List<YearMonth> months) {
        return months.map(YearMonth::toString).toJavaList();
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }
}
