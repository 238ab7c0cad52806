package dev.passbook.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code passbook.*} properties: the reader's limits and the analysis settings of the
 * {@link dev.passbook.embed.Passbook} bean. Defaults are the facade's.
 */
@ConfigurationProperties(prefix = "passbook")
public class PassbookProperties {

    /** Largest PDF accepted; larger files are refused with FILE_TOO_LARGE. */
    private DataSize maxSize = DataSize.ofMegabytes(50);

    /** Most pages read; more is refused with PDF_TOO_COMPLEX. */
    private int maxPages = 2000;

    /** Longest text extraction of one file; longer is refused with PDF_TOO_COMPLEX. */
    private Duration timeBudget = Duration.ofSeconds(60);

    /** Whether the fraud analysis runs; the accounting signals (balances that do not follow) are raised either way. */
    private boolean fraudAnalysis = true;

    /** Id of a parser that reads every statement instead of detection choosing one (it must be installed). */
    private String parser;

    /**
     * Analysis settings of docs/analysis.md, keyed without their "analysis." prefix. Keys holding
     * anything but lower-case letters, digits, '-' and '.' need brackets, e.g.
     * passbook.analysis[severity.author_fraud]=0. An unknown key or a bad value fails the start.
     */
    private Map<String, String> analysis = new LinkedHashMap<>();

    public DataSize getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public Duration getTimeBudget() {
        return timeBudget;
    }

    public void setTimeBudget(Duration timeBudget) {
        this.timeBudget = timeBudget;
    }

    public boolean isFraudAnalysis() {
        return fraudAnalysis;
    }

    public void setFraudAnalysis(boolean fraudAnalysis) {
        this.fraudAnalysis = fraudAnalysis;
    }

    public String getParser() {
        return parser;
    }

    public void setParser(String parser) {
        this.parser = parser;
    }

    public Map<String, String> getAnalysis() {
        return analysis;
    }

    public void setAnalysis(Map<String, String> analysis) {
        this.analysis = analysis;
    }
}
