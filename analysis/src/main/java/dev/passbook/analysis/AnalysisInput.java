package dev.passbook.analysis;

import dev.passbook.core.application.Locator;
import dev.passbook.core.document.Document;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;
import io.vavr.Lazy;

import java.util.Objects;

/** What every signal rule looks at; the reconciliation is computed once, by core, on first use. */
public final class AnalysisInput {
    private final Document document;
    private final ParsedStatement statement;
    private final String bankId;
    private final AnalysisSettings settings;
    private final Lazy<Reconciliation> reconciliation;
    private final Lazy<Locator> locator;

    public AnalysisInput(Document document, ParsedStatement statement, String bankId, AnalysisSettings settings) {
        this.document = Objects.requireNonNull(document, "document");
        this.statement = Objects.requireNonNull(statement, "statement");
        this.bankId = Objects.requireNonNull(bankId, "bankId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reconciliation = Lazy.of(statement::reconciliation);
        this.locator = Lazy.of(() -> new Locator(document));
    }

    public Document document() {
        return document;
    }

    public ParsedStatement statement() {
        return statement;
    }

    public String bankId() {
        return bankId;
    }

    public AnalysisSettings settings() {
        return settings;
    }

    public Reconciliation reconciliation() {
        return reconciliation.get();
    }

    /** Finds the page a figure is printed on, for evidence. */
    public Locator locator() {
        return locator.get();
    }
}
