package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Bank;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Locale;

/**
 * Banks of India with their RBI IFSC bank codes (the first four letters of every IFSC of the bank)
 * and the names they print on statements. This table is the generic plugin's {@code banks()}, so
 * it also feeds the bank catalogue and the list in the INVALID_BANK_NAME message.
 *
 * <p>Ids are short, lower-case and stable ({@code sbi}, {@code bob}, {@code pnb}); they are what
 * clients send as {@code bank_name}, so an id never changes once published.
 */
public final class IndianBanks {

    /** One bank and the names printed on its statements (upper case, longest first not required). */
    public record Entry(Bank bank, List<String> printedNames) {
    }

    private static Entry bank(String id, String fullName, String ifscPrefix, String... printedNames) {
        List<String> names = List.of(printedNames).prepend(fullName).map(n -> n.toUpperCase(Locale.ROOT)).distinct();
        return new Entry(new Bank(id, fullName, ifscPrefix), names);
    }

    private static final List<Entry> ENTRIES = List.of(
            // public sector banks
            bank("sbi", "State Bank of India", "SBIN"),
            bank("bob", "Bank of Baroda", "BARB"),
            bank("pnb", "Punjab National Bank", "PUNB"),
            bank("union", "Union Bank of India", "UBIN"),
            bank("canara", "Canara Bank", "CNRB"),
            bank("indian", "Indian Bank", "IDIB"),
            bank("iob", "Indian Overseas Bank", "IOBA"),
            bank("boi", "Bank of India", "BKID"),
            bank("bom", "Bank of Maharashtra", "MAHB"),
            bank("central", "Central Bank of India", "CBIN"),
            bank("uco", "UCO Bank", "UCBA"),
            bank("psb", "Punjab & Sind Bank", "PSIB", "Punjab and Sind Bank"),
            // private sector banks
            bank("hdfc", "HDFC Bank", "HDFC", "HDFC Bank Limited", "HDFC Bank Ltd"),
            bank("icici", "ICICI Bank", "ICIC", "ICICI Bank Limited", "ICICI Bank Ltd"),
            bank("axis", "Axis Bank", "UTIB", "Axis Bank Limited", "Axis Bank Ltd"),
            bank("kotak", "Kotak Mahindra Bank", "KKBK", "Kotak Mahindra Bank Limited", "Kotak Bank"),
            bank("indusind", "IndusInd Bank", "INDB"),
            bank("idfc", "IDFC FIRST Bank", "IDFB", "IDFC Bank"),
            bank("yes", "Yes Bank", "YESB"),
            bank("federal", "Federal Bank", "FDRL", "The Federal Bank"),
            bank("idbi", "IDBI Bank", "IBKL"),
            bank("karnataka", "Karnataka Bank", "KARB"),
            bank("kvb", "Karur Vysya Bank", "KVBL", "The Karur Vysya Bank"),
            bank("sib", "South Indian Bank", "SIBL", "The South Indian Bank"),
            bank("csb", "CSB Bank", "CSBK", "Catholic Syrian Bank"),
            bank("rbl", "RBL Bank", "RATN", "Ratnakar Bank"),
            bank("bandhan", "Bandhan Bank", "BDBL"),
            bank("dcb", "DCB Bank", "DCBL", "Development Credit Bank"),
            bank("cub", "City Union Bank", "CIUB"),
            bank("tmb", "Tamilnad Mercantile Bank", "TMBL"),
            bank("dhanlaxmi", "Dhanlaxmi Bank", "DLXB"),
            bank("jkbank", "Jammu & Kashmir Bank", "JAKA", "Jammu and Kashmir Bank", "J&K Bank"),
            bank("nainital", "Nainital Bank", "NTBL", "The Nainital Bank"),
            bank("lvb", "Lakshmi Vilas Bank", "LAVB", "The Lakshmi Vilas Bank"),
            // small finance banks
            bank("au", "AU Small Finance Bank", "AUBL"),
            bank("equitas", "Equitas Small Finance Bank", "ESFB"),
            bank("ujjivan", "Ujjivan Small Finance Bank", "UJVN"),
            bank("jana", "Jana Small Finance Bank", "JSFB"),
            bank("suryoday", "Suryoday Small Finance Bank", "SURY"),
            bank("esaf", "ESAF Small Finance Bank", "ESMF"),
            bank("utkarsh", "Utkarsh Small Finance Bank", "UTKS"),
            bank("capital", "Capital Small Finance Bank", "CLBL"),
            bank("fincare", "Fincare Small Finance Bank", "FSFB"),
            bank("nesfb", "North East Small Finance Bank", "NESF"),
            bank("shivalik", "Shivalik Small Finance Bank", "SMCB"),
            // payments banks
            bank("paytm", "Paytm Payments Bank", "PYTM"),
            bank("airtel", "Airtel Payments Bank", "AIRP"),
            bank("ippb", "India Post Payments Bank", "IPOS"),
            bank("fino", "Fino Payments Bank", "FINO"),
            bank("jio", "Jio Payments Bank", "JIOP"),
            bank("nsdl", "NSDL Payments Bank", "NSPB"),
            // foreign banks
            bank("citi", "Citibank", "CITI", "Citibank N.A."),
            bank("hsbc", "HSBC", "HSBC", "The Hongkong and Shanghai Banking Corporation"),
            bank("scb", "Standard Chartered Bank", "SCBL", "Standard Chartered"),
            bank("dbs", "DBS Bank India", "DBSS", "DBS Bank"),
            bank("deutsche", "Deutsche Bank", "DEUT"),
            bank("boa", "Bank of America", "BOFA"),
            bank("barclays", "Barclays Bank", "BARC"),
            bank("jpmorgan", "JPMorgan Chase Bank", "CHAS", "JP Morgan Chase Bank"),
            bank("sbm", "SBM Bank India", "STCB"),
            // co-operative and regional rural banks
            bank("saraswat", "Saraswat Co-operative Bank", "SRCB", "Saraswat Bank"),
            bank("cosmos", "Cosmos Co-operative Bank", "COSB", "Cosmos Bank"),
            bank("svc", "SVC Co-operative Bank", "SVCB", "SVC Bank", "Shamrao Vithal Co-operative Bank"),
            bank("tjsb", "TJSB Sahakari Bank", "TJSB"),
            bank("abhyudaya", "Abhyudaya Co-operative Bank", "ABHY"),
            bank("nkgsb", "NKGSB Co-operative Bank", "NKGS"),
            bank("bharat", "Bharat Co-operative Bank (Mumbai)", "BCBM", "Bharat Co-operative Bank"),
            bank("janata", "Janata Sahakari Bank", "JSBP"),
            bank("kalupur", "Kalupur Commercial Co-operative Bank", "KCCB"),
            bank("apna", "Apna Sahakari Bank", "ASBL"),
            bank("gbcb", "Greater Bombay Co-operative Bank", "GBCB"),
            bank("dnsb", "Dombivli Nagari Sahakari Bank", "DNSB"),
            bank("kgb", "Kerala Gramin Bank", "KLGB"),
            bank("apgvb", "Andhra Pradesh Grameena Vikas Bank", "APGV"),
            bank("kvgb", "Karnataka Vikas Grameena Bank", "KVGB"));

    /**
     * IFSC codes of banks merged into another: old statements still print them. Each maps to the
     * bank that took the branches over.
     */
    private static final Map<String, String> MERGED_PREFIXES = HashMap.of(
            "ANDB", "union", "CORP", "union",
            "ORBC", "pnb", "UTBI", "pnb",
            "ALLA", "indian", "SYNB", "canara",
            "VIJB", "bob", "BKDN", "bob");

    private static final Map<String, Entry> BY_PREFIX = HashMap.ofEntries(
            ENTRIES.map(e -> io.vavr.Tuple.of(e.bank().ifscPrefix(), e)));
    private static final Map<String, Entry> BY_ID = HashMap.ofEntries(ENTRIES.map(e -> io.vavr.Tuple.of(e.bank().id(), e)));

    private IndianBanks() {
    }

    /** Every bank, in table order. */
    public static List<Bank> all() {
        return ENTRIES.map(Entry::bank);
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Option<Bank> byId(String id) {
        return BY_ID.get(id).map(Entry::bank);
    }

    /** The bank whose IFSC codes start with {@code prefix} (four letters, any case), merged banks included. */
    public static Option<Bank> byIfscPrefix(String prefix) {
        String p = prefix.toUpperCase(Locale.ROOT);
        return BY_PREFIX.get(p).map(Entry::bank).orElse(() -> MERGED_PREFIXES.get(p).flatMap(IndianBanks::byId));
    }

    /** The bank an IFSC code belongs to, when the code is well formed and its prefix is known. */
    public static Option<Bank> byIfsc(String ifsc) {
        return Ifsc.isIfsc(ifsc) ? byIfscPrefix(ifsc.substring(0, 4)) : Option.none();
    }
}
