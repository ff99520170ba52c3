/**
 * cact-cli: the {@code cact} command line, reports and demo data.
 */
module io.github.cact.cli {
    requires io.github.cact.core;
    requires io.github.cact.ninebox;
    requires io.github.cact.cat;
    requires info.picocli;
}
