package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every module this one needs at run time, directly or through others, is an explicit module: an
 * automatic module (a plain jar, named by its file or by Automatic-Module-Name) cannot be linked by jlink
 * and makes the artifact unfit for publishing.
 */
class ModuleDependenciesTest {

    @Test
    void theRuntimeClosureHasNoAutomaticModule() {
        Module self = ModuleDependenciesTest.class.getModule();
        assertTrue(self.isNamed(), "the tests must run on the module path");
        assertEquals("io.github.cact.cat", self.getName());
        Deque<Module> open = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        open.push(self);
        while (!open.isEmpty()) {
            Module module = open.pop();
            for (ModuleDescriptor.Requires requires : module.getDescriptor().requires()) {
                Optional<Module> found = self.getLayer().findModule(requires.name());
                boolean optional = requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
                assertTrue(found.isPresent() || optional, module.getName() + " requires " + requires.name()
                        + ", which is not on the module path");
                if (found.isPresent() && seen.add(requires.name())) {
                    assertFalse(found.get().getDescriptor().isAutomatic(), module.getName() + " requires "
                            + requires.name() + ", an automatic module");
                    open.push(found.get());
                }
            }
        }
        assertTrue(seen.contains("io.github.cact.core") && seen.contains("org.slf4j"),
                "the walk reached cact-core and its dependencies: " + seen);
    }
}
