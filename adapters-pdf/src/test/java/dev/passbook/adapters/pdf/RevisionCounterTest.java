package dev.passbook.adapters.pdf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RevisionCounterTest {

    private static int count(String pdf) {
        return RevisionCounter.revisions(pdf.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aSingleSaveIsOneRevision() {
        assertEquals(1, count("%PDF-1.4\n1 0 obj<<>>endobj\nxref\ntrailer<<>>\nstartxref\n123\n%%EOF\n"));
    }

    @Test
    void eachAppendedStartxrefTailIsARevision() {
        assertEquals(3, count("%PDF-1.4\nstartxref\n9\n%%EOF\n2 0 obj<<>>endobj startxref 99 %%EOF\r\nstartxref\r\n199\r\n%%EOF"));
    }

    @Test
    void aDuplicatedEofMarkerWithoutItsOwnStartxrefIsIgnored() {
        assertEquals(1, count("%PDF-1.4\nstartxref\n123\n%%EOF\n%%EOF\n"));
    }

    @Test
    void aLinearizedFilesFirstPageSectionIsNotAnEdit() {
        assertEquals(1, count("%PDF-1.5\n1 0 obj<</Linearized 1/L 999>>endobj\nstartxref\n0\n%%EOF\nbody\nstartxref\n500\n%%EOF\n"));
        assertEquals(2, count("%PDF-1.5\n1 0 obj<</Linearized 1/L 999>>endobj\nstartxref\n0\n%%EOF\nstartxref\n500\n%%EOF\nstartxref\n900\n%%EOF\n"));
    }

    @Test
    void aFileWithoutAnyTailStillCountsAsOneRevision() {
        assertEquals(1, count("%PDF-1.4\nnothing here"));
    }
}
