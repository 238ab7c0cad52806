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

    /** What kind of bank: co-operative banks often print a sponsor bank's IFSC, so detection asks. */
    public enum Kind { PUBLIC, PRIVATE, SMALL_FINANCE, PAYMENTS, FOREIGN, COOPERATIVE, REGIONAL_RURAL }

    /**
     * One bank: the names printed on its statements (upper case), the web and e-mail domains its
     * statements print ({@code bankofbaroda.in}) and the abbreviations it prints for itself
     * ({@code PPBL}), which are read only as whole words.
     */
    public record Entry(Bank bank, Kind kind, List<String> printedNames, List<String> domains, List<String> abbreviations) {

        private Entry with(Kind k) {
            return new Entry(bank, k, printedNames, domains, abbreviations);
        }

        /** The same bank with the domains its statements print. */
        Entry domains(String... more) {
            return new Entry(bank, kind, printedNames, domains.appendAll(List.of(more)), abbreviations);
        }

        /** The same bank with abbreviations it prints for itself (whole words, upper case). */
        Entry abbreviations(String... more) {
            return new Entry(bank, kind, printedNames, domains, abbreviations.appendAll(List.of(more)));
        }
    }

    private static Entry bank(String id, String fullName, String ifscPrefix, String... printedNames) {
        List<String> names = List.of(printedNames).prepend(fullName).map(n -> n.toUpperCase(Locale.ROOT)).distinct();
        return new Entry(new Bank(id, fullName, ifscPrefix), Kind.PRIVATE, names, List.empty(), List.empty());
    }

    private static List<Entry> kind(Kind kind, Entry... entries) {
        return List.of(entries).map(e -> e.with(kind));
    }

    private static final List<Entry> ENTRIES = List.<Entry>empty()
            .appendAll(kind(Kind.PUBLIC,
                    bank("sbi", "State Bank of India", "SBIN").domains("sbi.co.in", "onlinesbi.com", "onlinesbi.sbi").abbreviations("SBI"),
                    bank("bob", "Bank of Baroda", "BARB").domains("bankofbaroda.in", "bankofbaroda.com", "bankofbaroda.co.in"),
                    bank("pnb", "Punjab National Bank", "PUNB").domains("pnbindia.in", "pnb.co.in").abbreviations("PNB"),
                    bank("union", "Union Bank of India", "UBIN").domains("unionbankofindia.co.in", "unionbankofindia.com"),
                    bank("canara", "Canara Bank", "CNRB").domains("canarabank.com", "canarabank.in"),
                    bank("indian", "Indian Bank", "IDIB").domains("indianbank.in", "indianbank.co.in", "indianbank.net.in"),
                    bank("iob", "Indian Overseas Bank", "IOBA").domains("iob.in", "iobnet.co.in"),
                    bank("boi", "Bank of India", "BKID").domains("bankofindia.co.in", "bankofindia.com"),
                    bank("bom", "Bank of Maharashtra", "MAHB").domains("bankofmaharashtra.in", "mahabank.co.in"),
                    bank("central", "Central Bank of India", "CBIN").domains("centralbankofindia.co.in"),
                    bank("uco", "UCO Bank", "UCBA").domains("ucobank.com", "ucobank.co.in"),
                    bank("psb", "Punjab & Sind Bank", "PSIB", "Punjab and Sind Bank").domains("punjabandsindbank.co.in")))
            .appendAll(kind(Kind.PRIVATE,
                    bank("hdfc", "HDFC Bank", "HDFC", "HDFC Bank Limited", "HDFC Bank Ltd").domains("hdfcbank.com"),
                    bank("icici", "ICICI Bank", "ICIC", "ICICI Bank Limited", "ICICI Bank Ltd").domains("icicibank.com"),
                    bank("axis", "Axis Bank", "UTIB", "Axis Bank Limited", "Axis Bank Ltd").domains("axisbank.com", "axisbank.co.in"),
                    bank("kotak", "Kotak Mahindra Bank", "KKBK", "Kotak Mahindra Bank Limited", "Kotak Bank").domains("kotak.com", "kotakbank.com"),
                    bank("indusind", "IndusInd Bank", "INDB").domains("indusind.com"),
                    bank("idfc", "IDFC FIRST Bank", "IDFB", "IDFC Bank").domains("idfcfirstbank.com", "idfcbank.com"),
                    bank("yes", "Yes Bank", "YESB").domains("yesbank.in"),
                    bank("federal", "Federal Bank", "FDRL", "The Federal Bank").domains("federalbank.co.in"),
                    bank("idbi", "IDBI Bank", "IBKL").domains("idbibank.in", "idbi.com"),
                    bank("karnataka", "Karnataka Bank", "KARB").domains("karnatakabank.com"),
                    bank("kvb", "Karur Vysya Bank", "KVBL", "The Karur Vysya Bank").domains("kvb.co.in"),
                    bank("sib", "South Indian Bank", "SIBL", "The South Indian Bank").domains("southindianbank.com"),
                    bank("csb", "CSB Bank", "CSBK", "Catholic Syrian Bank").domains("csb.co.in"),
                    bank("rbl", "RBL Bank", "RATN", "Ratnakar Bank").domains("rblbank.com"),
                    bank("bandhan", "Bandhan Bank", "BDBL").domains("bandhanbank.com"),
                    bank("dcb", "DCB Bank", "DCBL", "Development Credit Bank").domains("dcbbank.com"),
                    bank("cub", "City Union Bank", "CIUB").domains("cityunionbank.com"),
                    bank("tmb", "Tamilnad Mercantile Bank", "TMBL").domains("tmb.in"),
                    bank("dhanlaxmi", "Dhanlaxmi Bank", "DLXB").domains("dhanbank.com"),
                    bank("jkbank", "Jammu & Kashmir Bank", "JAKA", "Jammu and Kashmir Bank", "J&K Bank").domains("jkbank.com"),
                    bank("nainital", "Nainital Bank", "NTBL", "The Nainital Bank").domains("nainitalbank.co.in"),
                    bank("lvb", "Lakshmi Vilas Bank", "LAVB", "The Lakshmi Vilas Bank")))
            .appendAll(kind(Kind.SMALL_FINANCE,
                    bank("au", "AU Small Finance Bank", "AUBL").domains("aubank.in"),
                    bank("equitas", "Equitas Small Finance Bank", "ESFB").domains("equitasbank.com"),
                    bank("ujjivan", "Ujjivan Small Finance Bank", "UJVN").domains("ujjivansfb.in"),
                    bank("jana", "Jana Small Finance Bank", "JSFB").domains("janabank.com"),
                    bank("suryoday", "Suryoday Small Finance Bank", "SURY").domains("suryodaybank.com"),
                    bank("esaf", "ESAF Small Finance Bank", "ESMF").domains("esafbank.com"),
                    bank("utkarsh", "Utkarsh Small Finance Bank", "UTKS").domains("utkarsh.bank"),
                    bank("capital", "Capital Small Finance Bank", "CLBL"),
                    bank("fincare", "Fincare Small Finance Bank", "FSFB"),
                    bank("nesfb", "North East Small Finance Bank", "NESF"),
                    bank("shivalik", "Shivalik Small Finance Bank", "SMCB")))
            .appendAll(kind(Kind.PAYMENTS,
                    bank("paytm", "Paytm Payments Bank", "PYTM", "Paytm Payments Bank Limited").domains("paytmbank.com")
                            .abbreviations("PPBL"),
                    bank("airtel", "Airtel Payments Bank", "AIRP"),
                    bank("ippb", "India Post Payments Bank", "IPOS").domains("ippbonline.com").abbreviations("IPPB"),
                    bank("fino", "Fino Payments Bank", "FINO").domains("finobank.com"),
                    bank("jio", "Jio Payments Bank", "JIOP"),
                    bank("nsdl", "NSDL Payments Bank", "NSPB").domains("nsdlbank.com")))
            .appendAll(kind(Kind.FOREIGN,
                    bank("citi", "Citibank", "CITI", "Citibank N.A.").domains("citibank.co.in"),
                    bank("hsbc", "HSBC", "HSBC", "The Hongkong and Shanghai Banking Corporation").domains("hsbc.co.in"),
                    bank("scb", "Standard Chartered Bank", "SCBL", "Standard Chartered"),
                    bank("dbs", "DBS Bank India", "DBSS", "DBS Bank"),
                    bank("deutsche", "Deutsche Bank", "DEUT"),
                    bank("boa", "Bank of America", "BOFA"),
                    bank("barclays", "Barclays Bank", "BARC"),
                    bank("jpmorgan", "JPMorgan Chase Bank", "CHAS", "JP Morgan Chase Bank"),
                    bank("sbm", "SBM Bank India", "STCB")))
            .appendAll(kind(Kind.COOPERATIVE,
                    bank("saraswat", "Saraswat Co-operative Bank", "SRCB", "Saraswat Bank").domains("saraswatbank.com"),
                    bank("cosmos", "Cosmos Co-operative Bank", "COSB", "Cosmos Bank").domains("cosmosbank.com"),
                    bank("svc", "SVC Co-operative Bank", "SVCB", "SVC Bank", "Shamrao Vithal Co-operative Bank").domains("svcbank.com"),
                    bank("tjsb", "TJSB Sahakari Bank", "TJSB"),
                    bank("abhyudaya", "Abhyudaya Co-operative Bank", "ABHY"),
                    bank("nkgsb", "NKGSB Co-operative Bank", "NKGS"),
                    bank("bharat", "Bharat Co-operative Bank (Mumbai)", "BCBM", "Bharat Co-operative Bank"),
                    bank("janata", "Janata Sahakari Bank", "JSBP"),
                    bank("kalupur", "Kalupur Commercial Co-operative Bank", "KCCB").domains("kalupurbank.com"),
                    bank("apna", "Apna Sahakari Bank", "ASBL"),
                    bank("gbcb", "Greater Bombay Co-operative Bank", "GBCB"),
                    bank("dnsb", "Dombivli Nagari Sahakari Bank", "DNSB")))
            .appendAll(kind(Kind.REGIONAL_RURAL,
                    bank("kgb", "Kerala Gramin Bank", "KLGB"),
                    bank("apgvb", "Andhra Pradesh Grameena Vikas Bank", "APGV"),
                    bank("kvgb", "Karnataka Vikas Grameena Bank", "KVGB")));

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

    /** The table entry of bank {@code id}. */
    static Option<Entry> entry(String id) {
        return BY_ID.get(id);
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
