package dev.passbook.example.spring;

import dev.passbook.embed.BankStatement;
import dev.passbook.embed.Passbook;
import dev.passbook.embed.ReadOptions;
import dev.passbook.embed.Refusal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /statements} with a PDF as the body (optional {@code X-Pdf-Password}): 200 with what a
 * lender routes on, or 422 with Passbook's refusal code. The {@link Passbook} is injected.
 */
@RestController
public class StatementController {

    private final Passbook passbook;

    public StatementController(Passbook passbook) {
        this.passbook = passbook;
    }

    @PostMapping(path = "/statements", consumes = MediaType.APPLICATION_PDF_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> read(@RequestBody byte[] pdf,
                                                    @RequestHeader(name = "X-Pdf-Password", required = false) String password) {
        ReadOptions options = password == null ? ReadOptions.none() : ReadOptions.none().password(password);
        return passbook.read(pdf, options).fold(StatementController::refused, StatementController::read);
    }

    private static ResponseEntity<Map<String, Object>> read(BankStatement statement) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bank", statement.bankId());
        body.put("layout", statement.layoutId());
        body.put("pages", statement.pages());
        body.put("verdict", statement.verdict().name());
        body.put("opening_balance", statement.openingBalance().map(BigDecimal::toPlainString).orElse(null));
        body.put("closing_balance", statement.closingBalance().map(BigDecimal::toPlainString).orElse(null));
        body.put("transactions", statement.transactions().size());
        body.put("fraud_type", statement.fraudType().orElse(null));
        return ResponseEntity.ok(body);
    }

    private static ResponseEntity<Map<String, Object>> refused(Refusal refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", refusal.code());
        body.put("message", refusal.message());
        return ResponseEntity.unprocessableEntity().body(body);
    }
}
