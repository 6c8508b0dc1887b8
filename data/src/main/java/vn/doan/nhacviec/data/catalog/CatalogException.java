package vn.doan.nhacviec.data.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import vn.doan.nhacviec.data.imports.ImportProblem;

/**
 * The catalogue cannot be used. Each problem names the file, the entry (the plan or an obligation)
 * and the field, and says what is wrong as a message key the bot words in the reader's language; the
 * exception's message (for logs) lists them one a line.
 */
public class CatalogException extends RuntimeException {

    private final List<ImportProblem> problems;

    public CatalogException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** One problem of a whole file (or directory), outside any entry. */
    CatalogException(Path file, String key, Object... args) {
        this(List.of(ImportProblem.inFile(file.toString(), null, null, key, args)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
