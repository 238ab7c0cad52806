package dev.passbook.analysis.name;

/**
 * Folds the transliteration choices that make one Indian name print several ways, so the variants
 * compare equal before any phonetic coding: {@code X}/{@code KSH} (LAXMI, LAKSHMI), {@code W} before a
 * vowel as {@code V} (WIJAY, VIJAY) and elsewhere as {@code U} (CHOWDHURY, CHOUDHURY),
 * {@code PH}/{@code F}, {@code Q}/{@code K}, long vowels ({@code EE}/{@code I}, {@code OO}/{@code U}),
 * aspirates ({@code TH}, {@code DH}, {@code BH}, {@code KH}, {@code GH}, {@code JH}, {@code CHH}), {@code SHR}/{@code SR},
 * a final {@code Y} for {@code I}, and doubled letters (SHARMAA, BHATT).
 */
public final class IndianSpelling {

    private IndianSpelling() {
    }

    /** {@code token} is upper-case A-Z. */
    public static String fold(String token) {
        String s = token;
        s = s.replace("KSH", "KS").replace("X", "KS");
        s = s.replace("CHH", "CH").replace("SHR", "SR");
        s = s.replace("PH", "F").replace("TH", "T").replace("DH", "D").replace("BH", "B").replace("KH", "K")
                .replace("GH", "G").replace("JH", "J");
        s = s.replaceAll("W(?=[AEIOU])", "V").replace('W', 'U').replace('Q', 'K');
        s = s.replace("EE", "I").replace("OO", "U");
        if (s.length() > 2 && s.endsWith("Y")) {
            s = s.substring(0, s.length() - 1) + "I";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
