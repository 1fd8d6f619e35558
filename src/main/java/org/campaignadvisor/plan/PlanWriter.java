package org.campaignadvisor.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Writes a plan back as YAML or JSON in the plan format, so a plan built elsewhere becomes a file. */
final class PlanWriter {
    private static final ObjectMapper YAML = configure(YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private PlanWriter() {
    }

    static String write(Plan plan, PlanFormat format) {
        try {
            return (format == PlanFormat.JSON ? JSON : YAML).writeValueAsString(PlanTree.of(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan could not be written", e);
        }
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper;
    }
}
