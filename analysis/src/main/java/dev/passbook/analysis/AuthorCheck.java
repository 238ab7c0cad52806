package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.core.document.Metadata;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * {@code author_fraud}: the producer or creator names a document editor (a word processor or design tool,
 * {@link AnalysisSettings#DEFAULT_EDITORS}); or the bank has trusted generators configured and a field that
 * is present names none of them; or the bank has trusted generators and both fields are missing (stripped
 * metadata). A PDF tool that unlocks, compresses or prints a file is not an editor: a re-save alone is not
 * fraud.
 */
public final class AuthorCheck {

    private AuthorCheck() {
    }

    public static List<Evidence> check(AnalysisInput in) {
        Metadata md = in.document().metadata();
        List<Tuple2<String, Option<String>>> fields =
                List.of(Tuple.of("producer", md.producer()), Tuple.of("creator", md.creator()));
        Option<List<String>> trusted = in.settings().trustedFor(in.bankId()).filter(l -> !l.isEmpty());
        String expected = trusted.map(t -> "a " + in.bankId() + " generator (" + t.mkString(" | ") + ")")
                .getOrElse("not a document editor");
        List<Evidence> out = List.empty();
        for (Tuple2<String, Option<String>> field : fields) {
            Option<String> value = field._2.map(String::strip).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                continue;
            }
            Option<String> editor = GeneratorNames.firstMatch(value.get(), in.settings().editors());
            if (editor.isDefined()) {
                out = out.append(Evidence.file(field._1, expected,
                        value.get() + " (document editor: " + editor.get() + ")"));
            } else if (trusted.isDefined() && !trusted.get().exists(f -> GeneratorNames.contains(value.get(), f))) {
                out = out.append(Evidence.file(field._1, expected, value.get()));
            }
        }
        boolean bothMissing = fields.forAll(f -> f._2.map(String::strip).filter(v -> !v.isEmpty()).isEmpty());
        if (trusted.isDefined() && bothMissing) {
            out = out.append(Evidence.file("producer", expected, "none (producer and creator missing)"));
        }
        return out;
    }
}
