package dev.passbook.adapters.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.encryption.PDCryptFilterDictionary;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;

/** Names a standard-security encryption dictionary's algorithm: RC4-40, RC4-128, AES-128, AES-256. */
final class EncryptionName {

    private EncryptionName() {
    }

    static String of(PDEncryption encryption) {
        if (!"Standard".equals(encryption.getFilter())) {
            return String.valueOf(encryption.getFilter());
        }
        int v = encryption.getVersion();
        int bits = encryption.getLength();
        if (v == 1) {
            return "RC4-40";
        }
        if (v == 2 || v == 3) {
            return "RC4-" + (bits <= 0 ? 40 : bits);
        }
        if (v == 4 || v == 5) {
            PDCryptFilterDictionary filter = encryption.getStdCryptFilterDictionary();
            COSName method = filter == null ? null : filter.getCryptFilterMethod();
            if (COSName.AESV3.equals(method)) {
                return "AES-256";
            }
            if (COSName.AESV2.equals(method)) {
                return "AES-128";
            }
            if ("V2".equals(method == null ? null : method.getName())) {
                int length = filter.getLength();
                // /Length in a crypt filter is in bytes per spec, but some writers put bits
                int keyBits = length <= 0 ? 128 : length <= 32 ? length * 8 : length;
                return "RC4-" + keyBits;
            }
            return v == 5 ? "AES-256" : "V4-" + (method == null ? "Identity" : method.getName());
        }
        return "V" + v;
    }
}
