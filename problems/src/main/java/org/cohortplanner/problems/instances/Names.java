package org.cohortplanner.problems.instances;

import java.util.random.RandomGenerator;

/** Plausible Kyrgyz and Uzbek personal names for trainers; invented people, no real persons meant. */
final class Names {

    private static final String[] WOMEN = {"Aida", "Aigul", "Ainura", "Aizada", "Asel", "Bermet", "Cholpon",
        "Dilnoza", "Dinara", "Elmira", "Gulmira", "Gulnara", "Jyldyz", "Kanykei", "Malika", "Meerim", "Nazgul",
        "Nurgul", "Saltanat", "Zarina"};
    private static final String[] MEN = {"Aibek", "Almaz", "Azamat", "Bakhodir", "Bakyt", "Daniyar", "Emil",
        "Ermek", "Kanat", "Marat", "Nurlan", "Ruslan", "Sherzod", "Talant", "Timur", "Ulan", "Urmat", "Zhanybek"};
    /** Men's form; the women's form adds "a" (Asanov, Asanova). */
    private static final String[] SURNAMES = {"Abdullaev", "Alimov", "Asanov", "Bakirov", "Dzhumabaev", "Ergeshov",
        "Isakov", "Kadyrov", "Karimov", "Mamytov", "Nurmatov", "Osmonov", "Sadykov", "Sultanov", "Tashiev",
        "Toktogulov", "Usenov", "Zhusupov"};

    private Names() {
    }

    /** Most teacher trainers in the region are women; about two in three here. */
    static String person(RandomGenerator random) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        if (random.nextDouble() < 0.65) {
            return WOMEN[random.nextInt(WOMEN.length)] + " " + surname + "a";
        }
        return MEN[random.nextInt(MEN.length)] + " " + surname;
    }
}
