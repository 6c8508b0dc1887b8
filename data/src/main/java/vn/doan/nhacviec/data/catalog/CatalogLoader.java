package vn.doan.nhacviec.data.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads every {@code *.yml} file of a catalogue directory (sorted by name), binds it to a
 * {@link CatalogFile} and validates the whole catalogue. Any problem, whether YAML syntax, binding
 * (unknown field, bad enum value, wrong type) or validation, ends in a {@link CatalogException}
 * whose lines name the file, the entry and the field.
 */
public final class CatalogLoader {

    private final ObjectMapper mapper = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Loads and validates the catalogue in {@code directory}. */
    public List<LoadedCatalogFile> load(Path directory) {
        List<LoadedCatalogFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : catalogFiles(directory)) {
            try {
                files.add(read(file));
            } catch (CatalogException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(CatalogValidator.validate(files));
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return List.copyOf(files);
    }

    /** Reads and binds one file, without validating it. */
    public LoadedCatalogFile read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new CatalogException(file + ": cannot read the file (" + e.getMessage() + ")");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (StreamReadException e) {
            throw new CatalogException(file + ": not valid YAML" + location(e) + ": " + e.getOriginalMessage());
        } catch (JacksonException e) {
            // limits of the reader (nesting depth, document length) and anything else it refuses
            throw new CatalogException(file + ": not valid YAML" + location(e) + ": " + e.getOriginalMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // the YAML parser's own failures, and nesting deeper than the stack: the file's fault, said as such
            throw new CatalogException(file + ": not valid YAML: " + (e instanceof StackOverflowError ? "nested too deeply" : e.getClass().getSimpleName()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new CatalogException(file + ": the file is empty");
        }
        try {
            return new LoadedCatalogFile(file, mapper.treeToValue(tree, CatalogFile.class));
        } catch (DatabindException e) {
            throw new CatalogException(describe(file, tree, e));
        } catch (JacksonException e) {
            throw new CatalogException(file + ": cannot be read as a catalogue file: " + e.getOriginalMessage());
        } catch (StackOverflowError e) {
            throw new CatalogException(file + ": not valid YAML: nested too deeply");
        }
    }

    private static List<Path> catalogFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CatalogException(directory + ": catalogue directory not found");
        }
        try (Stream<Path> listing = Files.list(directory)) {
            List<Path> files = listing
                    .filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new CatalogException(directory + ": no *.yml catalogue file");
            }
            return files;
        } catch (IOException e) {
            throw new CatalogException(directory + ": cannot list the directory (" + e.getMessage() + ")");
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Turns a binding error into "file: entry: field path: what is wrong". */
    private static String describe(Path file, JsonNode tree, DatabindException e) {
        List<JacksonException.Reference> path = e.getPath();
        String entry = null;
        int fieldStart = 0;
        if (!path.isEmpty() && "plan".equals(path.get(0).getPropertyName())) {
            entry = "plan";
            fieldStart = 1;
        } else if (path.size() >= 2 && "obligations".equals(path.get(0).getPropertyName())) {
            int index = path.get(1).getIndex();
            JsonNode code = tree.path("obligations").path(index).path("code");
            entry = "obligation " + (code.isString() && !code.asString().isBlank() ? code.asString() : "#" + (index + 1));
            fieldStart = 2;
        }
        String field = fieldPath(path.subList(fieldStart, path.size()));
        return CatalogValidator.problem(file.toString(), entry, field.isEmpty() ? null : field, explain(e));
    }

    private static String fieldPath(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : refs) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String explain(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field (known fields: " + join(u.getKnownPropertyIds()) + ")";
        }
        if (e instanceof InvalidFormatException f) {
            String value = "\"" + f.getValue() + "\"";
            Class<?> type = f.getTargetType();
            if (type != null && type.isEnum()) {
                return value + " is not one of " + enumValues(type);
            }
            return value + " is not " + typeName(type);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
            return "a list contains an empty item";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + typeName(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (expected yyyy-MM-dd)";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields (key: value)";
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String join(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
