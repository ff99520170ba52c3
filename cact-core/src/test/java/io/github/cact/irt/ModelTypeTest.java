package io.github.cact.irt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelTypeTest {

    @Test
    void everyCodeRoundTrips() {
        for (ModelType type : ModelType.values()) {
            assertEquals(type, ModelType.fromCode(type.code()));
            assertEquals(type, ModelType.fromCode(" " + type.code().toUpperCase(java.util.Locale.ROOT) + " "));
        }
    }

    @Test
    void unknownNameIsRefusedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelType.fromCode("5pl"));
        assertTrue(e.getMessage().contains("'5pl'"), e.getMessage());
    }
}
