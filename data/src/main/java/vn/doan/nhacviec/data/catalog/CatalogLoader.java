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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.doan.nhacviec.data.imports.ImportProblem;
import vn.doan.nhacviec.data.imports.ImportProblem.Entry;
import vn.doan.nhacviec.data.imports.ImportProblem.Phrase;

/**
 * Reads every {@code *.yml} file of a catalogue directory (sorted by name), binds it to a
 * {@link CatalogFile} and validates the whole catalogue. Any problem, whether YAML syntax, binding
 * (unknown field, bad enum value, wrong type) or validation, ends in a {@link CatalogException}
 * whose problems name the file, the entry and the field.
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

    /** The parser's words for a key written twice (STRICT_DUPLICATE_DETECTION), to name the key. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate .*?\"([^\"]+)\"");

    /** Loads and validates the catalogue in {@code directory}. */
    public List<LoadedCatalogFile> load(Path directory) {
        List<LoadedCatalogFile> files = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
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
            throw new CatalogException(file, "import.cannotRead");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JacksonException e) {
            // syntax, limits of the reader (nesting depth, document length) and anything else it refuses
            throw notYaml(file, e);
        } catch (RuntimeException | StackOverflowError e) {
            // the YAML parser's own failures, and nesting deeper than the stack: the file's fault, said as such
            throw new CatalogException(file, e instanceof StackOverflowError ? "import.nestedTooDeeply" : "import.notYaml");
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new CatalogException(file, "import.emptyFile");
        }
        try {
            return new LoadedCatalogFile(file, mapper.treeToValue(tree, CatalogFile.class));
        } catch (DatabindException e) {
            throw new CatalogException(everyBindingProblem(file, tree, describe(file, tree, e)));
        } catch (JacksonException e) {
            throw new CatalogException(file, "import.notCatalogFile");
        } catch (StackOverflowError e) {
            throw new CatalogException(file, "import.nestedTooDeeply");
        }
    }

    private static List<Path> catalogFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CatalogException(directory, "import.directoryNotFound");
        }
        try (Stream<Path> listing = Files.list(directory)) {
            List<Path> files = listing
                    .filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new CatalogException(directory, "import.noCatalogFile");
            }
            return files;
        } catch (IOException e) {
            throw new CatalogException(directory, "import.cannotRead");
        }
    }

    private static CatalogException notYaml(Path file, JacksonException e) {
        boolean located = e.getLocation() != null && e.getLocation().getLineNr() > 0;
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find() && located) {
            return new CatalogException(file, "import.duplicateField", duplicate.group(1), e.getLocation().getLineNr());
        }
        return located ? new CatalogException(file, "import.notYamlAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr())
                : new CatalogException(file, "import.notYaml");
    }

    /**
     * Binding stops at the first fault; to tell them all in one answer, the plan (with the file's
     * other keys) and each obligation are bound again on their own, each giving its first fault.
     */
    private List<ImportProblem> everyBindingProblem(Path file, JsonNode tree, ImportProblem first) {
        if (!(tree instanceof ObjectNode object) || !(tree.get("obligations") instanceof ArrayNode list)) {
            return List.of(first);
        }
        List<ImportProblem> problems = new ArrayList<>();
        ObjectNode withoutObligations = object.deepCopy();
        withoutObligations.set("obligations", mapper.createArrayNode());
        bind(withoutObligations, CatalogFile.class).ifPresent(e -> problems.add(describe(file, tree, e)));
        for (int i = 0; i < list.size(); i++) {
            JsonNode code = list.get(i).path("code");
            Entry entry = code.isString() && !code.asString().isBlank() ? Entry.obligation(code.asString()) : Entry.obligationNumber(i + 1);
            bind(list.get(i), ObligationDefinition.class).ifPresent(e -> problems.add(describe(file, entry, e.getPath(), e)));
        }
        return problems.isEmpty() ? List.of(first) : problems;
    }

    private Optional<DatabindException> bind(JsonNode node, Class<?> type) {
        try {
            mapper.treeToValue(node, type);
            return Optional.empty();
        } catch (DatabindException e) {
            return Optional.of(e);
        }
    }

    /** Turns a binding error into a problem naming the file, the entry and the field path. */
    private static ImportProblem describe(Path file, JsonNode tree, DatabindException e) {
        List<JacksonException.Reference> path = e.getPath();
        Entry entry = null;
        int fieldStart = 0;
        if (!path.isEmpty() && "plan".equals(path.get(0).getPropertyName())) {
            entry = Entry.plan();
            fieldStart = 1;
        } else if (path.size() >= 2 && "obligations".equals(path.get(0).getPropertyName())) {
            int index = path.get(1).getIndex();
            JsonNode code = tree.path("obligations").path(index).path("code");
            entry = code.isString() && !code.asString().isBlank() ? Entry.obligation(code.asString()) : Entry.obligationNumber(index + 1);
            fieldStart = 2;
        }
        return describe(file, entry, path.subList(fieldStart, path.size()), e);
    }

    private static ImportProblem describe(Path file, Entry entry, List<JacksonException.Reference> fieldRefs, DatabindException e) {
        String field = fieldPath(fieldRefs);
        Phrase what = explain(e);
        return new ImportProblem(file.toString(), 0, entry, field.isEmpty() ? null : field, what.key(), what.args());
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

    private static Phrase explain(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return Phrase.of("import.unknownField", join(u.getKnownPropertyIds()));
        }
        if (e instanceof InvalidFormatException f) {
            String value = String.valueOf(f.getValue());
            Class<?> type = f.getTargetType();
            if (type != null && type.isEnum()) {
                return Phrase.of("import.notOneOf", value, enumValues(type));
            }
            return Phrase.of("import.notType", value, typeName(type));
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
            return Phrase.of("import.emptyListItem");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return Phrase.of("import.expected", typeName(m.getTargetType()));
        }
        return Phrase.of("import.badValue");
    }

    private static Phrase typeName(Class<?> type) {
        if (type == null) {
            return Phrase.of("import.type.value");
        }
        if (type.isEnum()) {
            return Phrase.of("import.type.oneOf", enumValues(type));
        }
        if (type == String.class) {
            return Phrase.of("import.type.text");
        }
        if (type == Integer.class || type == int.class) {
            return Phrase.of("import.type.wholeNumber");
        }
        if (type == Double.class || type == double.class) {
            return Phrase.of("import.type.number");
        }
        if (type == LocalDate.class) {
            return Phrase.of("import.type.date");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Phrase.of("import.type.list");
        }
        return Phrase.of("import.type.mapping");
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
