package io.github.cact.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every published-results file names its data set and its source, and the data sets are complete. */
class ReferencesTest {

    @Test
    void everySourceCarriesItsProvenance() {
        for (String file : List.of("lsat7-mirt.json", "lsat6-mirt.json", "lsat6-ltm.json", "lsat7-fit.json", "jpm-worked-examples.json")) {
            References.Published published = References.published(file);
            assertFalse(((String) published.values().get("source")).isBlank(), file);
            assertFalse(((String) published.values().get("version")).isBlank(), file);
            Object data = published.values().get("data");
            assertTrue(data == null || Files.exists(References.FOLDER.resolve((String) data)), file);
        }
    }

    @Test
    void lsatPatternsExpandToOneThousandExaminees() {
        assertEquals(1000, References.lsatPatterns("lsat6").examinees());
        assertEquals(1000, References.lsatPatterns("lsat7").examinees());
        assertEquals(5, References.lsatPatterns("lsat7").items());
    }
}
