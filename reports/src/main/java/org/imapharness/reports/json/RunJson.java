package org.imapharness.reports.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.imapharness.reports.model.Run;

/**
 * {@code run.json}: the run model as JSON (schema in docs/report-json.md). Reading accepts
 * unknown fields, so a newer writer's additions do not break an older reader's baseline.
 */
public final class RunJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            // Only record components are the schema; helpers such as Check.isMustProblem() are not.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RunJson() {
    }

    public static void write(Run run, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), run);
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the run model must always serialize", e);
        }
    }

    /**
     * Reads a saved run.
     *
     * @throws ReportFileException naming the file, and the line and column of a JSON error
     */
    public static Run read(Path file) {
        Run run;
        try {
            run = MAPPER.readValue(Files.readAllBytes(file), Run.class);
        } catch (NoSuchFileException e) {
            throw new ReportFileException(file + ": no such file", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ReportFileException(file + where + ": not a run.json: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReportFileException(file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        if (run == null || !Run.SCHEMA.equals(run.schema())) {
            throw new ReportFileException(file + ": expected schema \"" + Run.SCHEMA + "\", found "
                    + (run == null ? "null" : "\"" + run.schema() + "\""), null);
        }
        return run;
    }
}
