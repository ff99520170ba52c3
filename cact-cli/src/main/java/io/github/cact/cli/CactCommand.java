package io.github.cact.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** A command of the cact tree, run by picocli and declared in code (see {@link Declaration}). */
interface CactCommand extends Callable<Integer> {

    /**
     * Declares the command: its name, description and options, bound to this instance's fields.
     *
     * @return the command's specification, for picocli to parse into this instance and run it
     */
    CommandSpec spec();
}
