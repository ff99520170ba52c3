package io.github.cact.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cact.competency.CompetencyResult;
import io.github.cact.competency.FillingCategory;
import io.github.cact.competency.MappingCategory;
import io.github.cact.competency.PersonProfile;
import java.io.IOException;
import java.io.CharArrayWriter;
import java.io.UncheckedIOException;

/**
 * One person's profile as the JSON of a profiles response (docs/server.md): written straight to text, member
 * by member in the documented order, with the numbers as the mapper writes them, so that the text is the
 * one the mapper would write for the same members as a tree, without building the tree. An infinite SE is
 * written as null: JSON has no infinity.
 */
final class ProfileJson {

    private ProfileJson() {
    }

    static String write(ObjectMapper mapper, PersonProfile person) {
        CharArrayWriter text = new CharArrayWriter(4096); // unlike a StringWriter, copies the text in blocks
        try (JsonGenerator g = mapper.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("id", person.examineeId());
            g.writeArrayFieldStart("competencies");
            for (CompetencyResult c : person.competencies()) {
                g.writeStartObject();
                g.writeStringField("competency", c.competency());
                g.writeNumberField("theta", c.theta());
                if (Double.isFinite(c.se())) {
                    g.writeNumberField("se", c.se());
                } else {
                    g.writeNullField("se");
                }
                g.writeNumberField("level", c.level());
                g.writeNumberField("standard", c.required());
                g.writeNumberField("gap", c.gap());
                g.writeNumberField("pAtOrAboveStandard", c.probabilityAtOrAboveStandard());
                g.writeArrayFieldStart("levelProbabilities");
                for (int k = 1; k <= 5; k++) {
                    g.writeNumber(c.levels().probability(k));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("jpm");
            g.writeNumberField("jpm", person.jpm().jpm());
            g.writeNumberField("expectedJpm", person.jpmDistribution().mean());
            g.writeNumberField("achieved", person.jpm().achieved());
            g.writeNumberField("required", person.jpm().required());
            g.writeStringField("filling", person.jpm().filling().name());
            g.writeStringField("mapping", person.jpm().mapping().name());
            g.writeObjectFieldStart("fillingProbabilities");
            for (FillingCategory category : FillingCategory.values()) {
                g.writeNumberField(category.name(), category.probability(person.jpmDistribution()));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("mappingProbabilities");
            for (MappingCategory category : MappingCategory.values()) {
                g.writeNumberField(category.name(), category.probability(person.jpmDistribution()));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
