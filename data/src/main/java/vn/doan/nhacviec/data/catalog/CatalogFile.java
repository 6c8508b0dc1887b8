package vn.doan.nhacviec.data.catalog;

import java.util.List;

/** One file of {@code config/catalog/}: a plan (kế hoạch) and the obligations it creates. */
public record CatalogFile(PlanDefinition plan, List<ObligationDefinition> obligations) {
}
