/**
 * An application that embeds cact as JPMS modules: cact-ninebox, and through it cact-core.
 */
module io.github.cact.example {
    requires io.github.cact.ninebox;
}
