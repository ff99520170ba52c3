/**
 * cact-ninebox: talent score, nine-box placement (PermenPANRB 3/2020) and position matching.
 */
module io.github.cact.ninebox {
    requires transitive io.github.cact.core;

    exports io.github.cact.ninebox;
    exports io.github.cact.ninebox.matching;
}
