package dev.passbook.app;

import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;

/**
 * A refusal of {@code passbook parse} as one sentence a person can act on: what happened, the error
 * code in brackets, and what to do. The API's messages are written for the HTTP flow ("Please
 * provide BANK NAME."); these name the command-line options instead.
 */
final class RefusalSentence {

    /** Where the password that was tried came from. */
    enum PasswordSource {
        NONE, OPTION, ENVIRONMENT, PROMPT
    }

    private RefusalSentence() {
    }

    static String of(UploadError error, String file, PasswordSource password, String bank) {
        String code = " (" + error.code() + ")";
        ErrorCode which = error.errorCode();
        return switch (which) {
            case PASSWORD_INCORRECT -> switch (password) {
                case NONE -> file + " is protected by a password" + code
                        + "; give it with --password or PASSBOOK_PDF_PASSWORD, or run the command in a terminal to be asked for it";
                case OPTION -> "the password given with --password does not open " + file + code + "; check it";
                case ENVIRONMENT -> "the password in PASSBOOK_PDF_PASSWORD does not open " + file + code
                        + "; check it, or give another with --password";
                case PROMPT -> "the password typed does not open " + file + code + "; check it and run the command again";
            };
            case BANK_NAME_UNDETECTED -> "Passbook could not tell which bank issued " + file + code
                    + "; if you know it, add --bank with its id, e.g. --bank hdfc (passbook banks lists the ids)";
            case BANK_NAME_MISMATCH -> file + " does not look like a statement of " + bank + code
                    + "; leave out --bank to let Passbook detect the bank, or pick another id from passbook banks";
            case INVALID_BANK_NAME -> "no installed parser reads a bank with id '" + bank + "'" + code
                    + "; passbook banks lists the ids";
            case PDF_IS_IMAGE -> file + " is a scan without a text layer" + code
                    + "; Passbook reads the PDF statements banks issue, so download the statement from net banking instead";
            case PDF_CERTIFICATE_ENCRYPTED -> file + " is encrypted with a certificate" + code
                    + "; ask the bank for a copy protected by a password, or none";
            case PDF_TOO_COMPLEX -> file + " is beyond Passbook's reading limits: " + error.message() + code
                    + (error.message().contains("time budget") ? "; PASSBOOK_READER_TIME_BUDGET=120s gives it more time"
                    : error.message().contains("memory") ? "; more heap may read it (java -Xmx2g, or PASSBOOK_JAVA_OPTS=-Xmx2g with ./passbook)"
                    : "; the limits guard against hostile files (docs/pdf-reading.md); a statement the bank issued should "
                    + "not reach them, so please report it");
            case EMPTY_FILE -> file + " is empty" + code + "; check that the download finished";
            case INVALID_FILE_OBJECT -> file + " is not a PDF Passbook can open" + code
                    + "; check that it is the statement PDF and that it is not damaged";
            case STATEMENT_UNSUPPORTED_FORMAT -> "Passbook found the bank but could not read the layout of " + file + code
                    + "; passbook parse --explain " + file + " shows where it stopped";
            default -> "Passbook refused " + file + ": " + error.message() + code
                    + "; passbook parse --explain " + file + " shows where it stopped";
        };
    }
}
