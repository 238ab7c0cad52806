package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.core.document.SignatureFacts;
import io.vavr.collection.List;

/**
 * {@code signature_invalid}: a signature that does not verify, or that covers less than the whole
 * file (bytes were appended after signing). An unsigned file is not a signal: most statements are unsigned.
 */
public final class SignatureCheck {

    private SignatureCheck() {
    }

    public static List<Evidence> check(AnalysisInput in) {
        return in.document().forensics().signatures().zipWithIndex().flatMap(si -> problems(si._1, si._2 + 1));
    }

    private static List<Evidence> problems(SignatureFacts s, int n) {
        String field = "signature " + n + s.signer().map(name -> " (" + name + ")").getOrElse("");
        List<Evidence> out = List.empty();
        if (!s.valid()) {
            out = out.append(Evidence.file(field, "valid", "does not verify"));
        }
        if (!s.coversWholeFile()) {
            out = out.append(Evidence.file(field, "covers the whole file", "bytes added after signing"));
        }
        return out;
    }
}
