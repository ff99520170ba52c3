package io.github.cact.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's name, description and options declared in code, each option bound to the command's field
 * by a setter. Picocli would otherwise read annotations by reflection (annotation parsing and a dynamic
 * proxy per annotation type), which was most of the CLI's start-up; see the README's start-up notes.
 *
 * <pre>{@code
 * Declaration d = Declaration.command(this, "score", "Score abilities ...");
 * d.option("--quadrature", int.class, v -> quadrature = v).paramLabel("Q").defaultValue("121")
 *         .description("Quadrature nodes ... (default: ${DEFAULT-VALUE}).");
 * return d.spec();
 * }</pre>
 */
final class Declaration {

    private final CommandSpec spec;
    private final List<OptionSpec.Builder> options = new ArrayList<>();

    private Declaration(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * Starts the declaration of a command with the standard {@code -h, --help} and {@code -V, --version}
     * options (picocli's {@code mixinStandardHelpOptions}, same names and texts).
     *
     * @param command the object picocli runs: a {@code Runnable} or {@code Callable}
     * @param name the command's name
     * @param description the lines of its description
     * @return the declaration
     */
    static Declaration command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        Declaration declaration = new Declaration(spec);
        declaration.options.add(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit."));
        declaration.options.add(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit."));
        return declaration;
    }

    /**
     * Declares an option that takes a value (or a flag, for {@code boolean.class}), converted to
     * {@code type} by picocli's converter for it.
     *
     * @param <T> the value's type
     * @param name the option's name
     * @param type the value's type
     * @param into where the value goes, each time picocli sets it (its default value before parsing)
     * @return picocli's builder, for the option's label, default, description and so on
     */
    <T> OptionSpec.Builder option(String name, Class<T> type, Consumer<? super T> into) {
        OptionSpec.Builder option = OptionSpec.builder(name).type(type).setter(new Binding<>(into))
                .getter(Binding.NONE);
        options.add(option);
        return option;
    }

    /**
     * The command's specification, with every declared option.
     *
     * @return the specification
     */
    CommandSpec spec() {
        for (OptionSpec.Builder option : options) {
            spec.addOption(option.build());
        }
        options.clear();
        return spec;
    }

    /**
     * Passes each value picocli sets on to the command's field. Picocli also resets an option that was not
     * given to its initial value, which is null here (nothing to read back); the field keeps its own.
     */
    private record Binding<T>(Consumer<? super T> into) implements ISetter {

        /** No initial value to read back: a flag is set to true when given. */
        static final IGetter NONE = new IGetter() {
            @Override
            public <V> V get() {
                return null;
            }
        };

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            if (value != null) {
                into.accept((T) value);
            }
            return null;
        }
    }
}
