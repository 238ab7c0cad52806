package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.core.document.Forensics;
import io.vavr.collection.List;

/**
 * {@code incremental_update}: bank generators write a file once. Signing is itself an incremental
 * save, so each embedded signature allows one more revision; anything beyond is an edit (an edit
 * after signing also leaves the last signature short of the file, see {@link SignatureCheck}).
 */
public final class RevisionCheck {

    private RevisionCheck() {
    }

    public static List<Evidence> check(AnalysisInput in) {
        Forensics f = in.document().forensics();
        int allowed = 1 + f.signatures().size();
        if (f.revisions() <= allowed) {
            return List.empty();
        }
        String expected = f.signatures().isEmpty() ? "1" : "at most " + allowed + " (1 + one per signature)";
        return List.of(Evidence.file("revisions", expected, Integer.toString(f.revisions())));
    }
}
