package dev.passbook.testkit.arbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Multi-line postal addresses in the shape banks print (house, street, locality, city and PIN,
 * state). Lines carry no commas so a reader may join them with spaces or commas alike.
 */
public final class Addresses {

    record City(String name, String state, int pinPrefix) {
    }

    static final List<City> CITIES = List.of(new City("MUMBAI", "MAHARASHTRA", 400), new City("PUNE", "MAHARASHTRA", 411),
            new City("BENGALURU", "KARNATAKA", 560), new City("CHENNAI", "TAMIL NADU", 600),
            new City("HYDERABAD", "TELANGANA", 500), new City("NEW DELHI", "DELHI", 110),
            new City("KOLKATA", "WEST BENGAL", 700), new City("AHMEDABAD", "GUJARAT", 380),
            new City("JAIPUR", "RAJASTHAN", 302), new City("LUCKNOW", "UTTAR PRADESH", 226),
            new City("KOCHI", "KERALA", 682), new City("CHANDIGARH", "CHANDIGARH", 160));
    static final List<String> BUILDINGS = List.of("SUNRISE APARTMENTS", "GREEN VALLEY SOCIETY", "SAI KRUPA", "LAKE VIEW TOWERS",
            "SHANTI NIKETAN", "GOKUL DHAM", "PRESTIGE RESIDENCY", "KRISHNA KUNJ", "ASHIRWAD BUILDING");
    static final List<String> STREETS = List.of("MG ROAD", "STATION ROAD", "LINK ROAD", "NEHRU NAGAR", "GANDHI MARG",
            "100 FEET ROAD", "CHURCH STREET", "TILAK ROAD", "SV ROAD", "RING ROAD");
    static final List<String> LANDMARKS = List.of("NEAR CITY HOSPITAL", "OPP BUS DEPOT", "BEHIND HANUMAN TEMPLE",
            "NEAR RAILWAY STATION", "OPP POST OFFICE");

    private Addresses() {
    }

    /** Three to five lines, the last two being {@code CITY PIN} and {@code STATE INDIA}. */
    public static Arbitrary<List<String>> lines() {
        Arbitrary<String> house = Combinators.combine(Arbitraries.of("FLAT NO", "HOUSE NO", "PLOT NO", "ROOM NO"),
                Arbitraries.integers().between(1, 999), Arbitraries.of(BUILDINGS))
                .as((kind, n, building) -> kind + " " + n + " " + building);
        Arbitrary<String> landmark = Arbitraries.of(LANDMARKS).injectNull(0.5);
        Arbitrary<String> cityLine = Combinators.combine(Arbitraries.of(CITIES), Arbitraries.integers().between(1, 99))
                .as((c, pin) -> c.name() + " " + c.pinPrefix() + String.format("%03d", pin) + "|" + c.state() + " INDIA");
        return Combinators.combine(house, Arbitraries.of(STREETS), landmark, cityLine)
                .as((h, street, mark, city) -> {
                    java.util.List<String> out = new java.util.ArrayList<>();
                    out.add(h);
                    out.add(street);
                    if (mark != null) {
                        out.add(mark);
                    }
                    out.addAll(List.of(city.split("\\|")));
                    return List.copyOf(out);
                });
    }
}
