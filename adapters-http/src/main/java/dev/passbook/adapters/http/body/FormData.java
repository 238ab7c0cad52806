package dev.passbook.adapters.http.body;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The fields of a form body in order; a name may repeat, the first occurrence counts. */
public record FormData(List<FormPart> parts) {

    public static FormData empty() {
        return new FormData(List.empty());
    }

    public Option<FormPart> part(String name) {
        return parts.find(p -> p.name().equals(name));
    }

    public Option<String> text(String name) {
        return part(name).map(FormPart::text);
    }
}
