package vn.doan.nhacviec.data.catalog;

import java.nio.file.Path;

/** A catalogue file as read from disk: where it came from and what it holds. */
public record LoadedCatalogFile(Path path, CatalogFile content) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
