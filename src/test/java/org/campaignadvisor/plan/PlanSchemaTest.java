package org.campaignadvisor.plan;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** docs/plan.schema.json and the reader agree, on every scenario and on the documented format. */
@Tag("unit")
class PlanSchemaTest {
    private static final Path SCHEMA = Path.of("docs/plan.schema.json");

    @TestFactory
    Stream<DynamicTest> every_scenario_is_valid_against_the_published_schema_and_read_by_the_reader() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(SCHEMA.toFile()));
        List<Path> files = new ArrayList<>(ScenarioFolder.files(Fixtures.SCENARIOS));
        files.addAll(ScenarioFolder.files(Fixtures.FIXTURES.resolve("plans")));
        assertThat(files).hasSizeGreaterThan(14);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            JsonNode tree = new YAMLMapper().readTree(file.toFile());
            assertThat(schema.validate(tree)).as("schema problems in %s", file).isEmpty();
            assertThat(PlanReader.read(file).name()).isNotBlank();
        }));
    }

    @Test
    void the_packaged_schema_is_the_published_one() throws Exception {
        JsonNode published = new ObjectMapper().readTree(SCHEMA.toFile());
        assertThat(PlanSchema.get().document()).isEqualTo(published);
    }

    @Test
    void the_format_documentation_names_every_field_of_the_schema() throws Exception {
        String doc = Files.readString(Path.of("docs/plan-format.md"));
        JsonNode properties = new ObjectMapper().readTree(SCHEMA.toFile()).path("properties");
        List<String> missing = new ArrayList<>();
        collect(properties, missing, doc);
        assertThat(missing).as("schema fields not documented in docs/plan-format.md").isEmpty();
    }

    private static void collect(JsonNode properties, List<String> missing, String doc) {
        properties.fieldNames().forEachRemaining(name -> {
            if (!doc.contains("`" + name + "`") && !doc.contains("." + name + "`") && !doc.contains("`" + name + ".")
                    && !doc.contains("`" + name + "[]")) {
                missing.add(name);
            }
            JsonNode child = properties.path(name);
            collect(child.path("properties"), missing, doc);
            collect(child.path("items").path("properties"), missing, doc);
        });
    }
}
