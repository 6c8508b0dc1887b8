package vn.doan.nhacviec.data.catalog;

import java.util.List;

/**
 * The catalogue cannot be used. Each problem is one line naming the file, the entry ({@code plan} or
 * {@code obligation CODE}) and the field, e.g.
 * {@code config/catalog/kg-76-2014.yml: obligation KG76-BC-6THANG: field recurrence.before: "31/02" is not a valid day/month (expected dd/MM)}.
 */
public class CatalogException extends RuntimeException {

    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
