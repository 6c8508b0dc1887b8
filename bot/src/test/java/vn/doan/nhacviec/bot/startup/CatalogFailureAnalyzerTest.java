package vn.doan.nhacviec.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.doan.nhacviec.data.catalog.CatalogException;
import vn.doan.nhacviec.data.catalog.CatalogLoader;

class CatalogFailureAnalyzerTest {

    @TempDir
    Path dir;

    @Test
    void aBadCatalogueStopsTheStartWithEveryProblemInVietnamese() throws Exception {
        Files.writeString(dir.resolve("a.yml"), "obligations: []\n");
        Files.writeString(dir.resolve("b.yml"), "");
        CatalogException bad = org.assertj.core.api.Assertions.catchThrowableOfType(CatalogException.class,
                () -> new CatalogLoader().load(dir));

        FailureAnalysis analysis = new CatalogFailureAnalyzer().analyze(new IllegalStateException(bad), bad);

        assertThat(analysis.getDescription().lines()).containsExactly(
                "Danh mục nhiệm vụ có 3 lỗi nên bot chưa khởi động:",
                "• b.yml: tệp trống",
                "• a.yml, trường plan: chưa có (mỗi tệp danh mục mở đầu bằng kế hoạch của nó)",
                "• a.yml, trường obligations: chưa có (kế hoạch cần ít nhất một nhiệm vụ)");
        assertThat(analysis.getAction()).startsWith("Sửa các tệp danh mục");
    }
}
