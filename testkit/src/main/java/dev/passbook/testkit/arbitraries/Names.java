package dev.passbook.testkit.arbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Account-holder names as Indian statements print them: upper case, a title that fits the first
 * name, sometimes a middle name. Common first and last names are combined at random, so the
 * generated people are synthetic.
 */
public final class Names {

    static final List<String> MALE = List.of("RAHUL", "AMIT", "SURESH", "RAJESH", "VIKRAM", "ARJUN", "KARAN", "SANJAY",
            "MANOJ", "ANIL", "RAVI", "DEEPAK", "NIKHIL", "ROHAN", "PRAKASH", "VENKATESH", "MOHAMMED", "IMRAN",
            "GURPREET", "HARSH", "ADITYA", "SIDDHARTH", "ABHISHEK", "KIRAN", "SATISH");
    static final List<String> FEMALE = List.of("PRIYA", "ANJALI", "SUNITA", "KAVITA", "POOJA", "NEHA", "DIVYA",
            "LAKSHMI", "MEERA", "SNEHA", "AISHWARYA", "FATIMA", "HARPREET", "SHALINI", "REKHA", "ANITA", "SWATI",
            "DEEPIKA", "RADHA", "NANDINI");
    static final List<String> LAST = List.of("SHARMA", "VERMA", "GUPTA", "PATEL", "SHAH", "IYER", "NAIR", "REDDY",
            "RAO", "KUMAR", "SINGH", "MEHTA", "JOSHI", "KULKARNI", "DESHPANDE", "CHATTERJEE", "BANERJEE", "DAS",
            "MUKHERJEE", "PILLAI", "MENON", "KHAN", "SHAIKH", "AGARWAL", "JAIN", "CHOUDHARY", "YADAV", "GILL",
            "BHATT", "NAIDU", "SUBRAMANIAN", "KRISHNAMURTHY");
    static final List<String> MALE_TITLES = List.of("MR", "SHRI", "DR");
    static final List<String> FEMALE_TITLES = List.of("MRS", "MS", "SMT", "DR");

    private Names() {
    }

    /** A full printed name with title, e.g. {@code MRS PRIYA SHARMA} or {@code SHRI RAVI KUMAR NAIR}. */
    public static Arbitrary<String> withTitle() {
        return Arbitraries.oneOf(person(MALE_TITLES, MALE), person(FEMALE_TITLES, FEMALE));
    }

    /** A name without a title, as printed in UPI and NEFT narrations. */
    public static Arbitrary<String> plain() {
        return Combinators.combine(Arbitraries.of(concat(MALE, FEMALE)), Arbitraries.of(LAST))
                .as((first, last) -> first + " " + last);
    }

    public static Arbitrary<String> firstName() {
        return Arbitraries.of(concat(MALE, FEMALE));
    }

    private static Arbitrary<String> person(List<String> titles, List<String> firsts) {
        Arbitrary<String> middle = Arbitraries.of(concat(MALE, List.of("KUMAR", "PRASAD", "LAL"))).injectNull(0.75);
        return Combinators.combine(Arbitraries.of(titles), Arbitraries.of(firsts), middle, Arbitraries.of(LAST))
                .as((title, first, mid, last) -> title + " " + first + (mid == null ? "" : " " + mid) + " " + last);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        java.util.List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
