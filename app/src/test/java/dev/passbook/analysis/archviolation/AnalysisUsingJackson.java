package dev.passbook.analysis.archviolation;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deliberately bad: analysis depending on a transport library. */
public class AnalysisUsingJackson {
    public String json(Object value) throws Exception {
        return new ObjectMapper().writeValueAsString(value);
    }
}
