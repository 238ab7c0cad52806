package dev.passbook.parsers.hdfc;

import dev.passbook.core.domain.AccountCategory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Individual or corporate, from what the header prints: the holder name first (a company's name says
 * so: PVT LTD, LLP, ENTERPRISES, TRADERS, & CO, M/S ...), then a personal title (MR, MRS, SMT ...),
 * then the product name (current and business accounts are corporate).
 */
final class AccountCategories {

    private static final Pattern CORPORATE_NAME = Pattern.compile(
            "(?i)(^M/S\\b|\\bPVT\\b|\\bPRIVATE\\b|\\bLTD\\b|\\bLIMITED\\b|\\bLLP\\b|\\bENTERPRISES?\\b|\\bTRADERS\\b"
                    + "|\\bTRADING\\b|\\bINDUSTRIES\\b|\\bCORPORATION\\b|\\bCORP\\b|\\bCOMPANY\\b|&\\s*CO\\b|\\bAND\\s+CO\\b"
                    + "|\\bASSOCIATES\\b|\\bAGENCIES\\b|\\bSOLUTIONS\\b|\\bTECHNOLOGIES\\b|\\bVENTURES\\b|\\bEXPORTS\\b"
                    + "|\\bIMPORTS\\b|\\bHOLDINGS\\b|\\bTRUST\\b|\\bFOUNDATION\\b|\\bINC\\b|\\bPARTNERS\\b)");
    private static final Pattern PERSONAL_TITLE = Pattern.compile("(?i)^(MR|MRS|MS|MISS|SMT|SHRI|SRI|KUM|DR)\\.?\\s");
    private static final Pattern CORPORATE_PRODUCT = Pattern.compile("(?i)\\b(CURRENT|CORPORATE|BUSINESS|TRADE|CA)\\b");

    private AccountCategories() {
    }

    static AccountCategory of(String holderName, String productName) {
        String name = holderName.strip().toUpperCase(Locale.ROOT);
        if (CORPORATE_NAME.matcher(name).find()) {
            return AccountCategory.CORPORATE;
        }
        if (PERSONAL_TITLE.matcher(name).find()) {
            return AccountCategory.INDIVIDUAL;
        }
        return CORPORATE_PRODUCT.matcher(productName).find() ? AccountCategory.CORPORATE : AccountCategory.INDIVIDUAL;
    }
}
