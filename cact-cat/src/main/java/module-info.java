/**
 * cact-cat: computerized adaptive testing over a cact-core item bank. A {@link io.github.cact.cat.CatDesign}
 * fixes the rules, a {@link io.github.cact.cat.CatEngine} applies them to immutable
 * {@link io.github.cact.cat.CatSession}s, and {@code io.github.cact.cat.exposure} derives Sympson–Hetter
 * exposure parameters and measures exposure.
 */
module io.github.cact.cat {
    requires transitive io.github.cact.core;

    exports io.github.cact.cat;
    exports io.github.cact.cat.exposure;
}
