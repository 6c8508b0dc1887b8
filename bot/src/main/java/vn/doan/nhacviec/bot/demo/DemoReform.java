package vn.doan.nhacviec.bot.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitCsvImporter;
import vn.doan.nhacviec.data.unit.UnitReform;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The demo tree brought to today's country (config/demo/2025): the provinces merged in 2025 are
 * added as they were, then the reform runs line by line through {@link UnitReform}, as
 * {@code /sapnhap} does, so the seed plans keep binding the units they bound. Off when
 * {@code nhacviec.demo.reform-dir} is empty (the tree as it was before 1 July 2025).
 */
@Component
class DemoReform {

    private static final Logger log = LoggerFactory.getLogger(DemoReform.class);

    private final UnitRepository units;
    private final UnitCsvImporter importer;
    private final UnitReform reform;
    private final String dir;

    DemoReform(UnitRepository units, UnitCsvImporter importer, UnitReform reform,
               DemoProperties properties) {
        this.units = units;
        this.importer = importer;
        this.reform = reform;
        this.dir = properties.reformDir();
    }

    void apply() {
        if (dir.isBlank()) {
            return;
        }
        Path base = Path.of(dir);
        if (!Files.isDirectory(base)) {
            log.warn("Demo: no reform directory {} (started outside the repository root?): the demo tree stays as before 1/7/2025", base);
            return;
        }
        try (Reader reader = Files.newBufferedReader(base.resolve("units.csv"))) {
            UnitCsvImporter.Result result = importer.importCsv(reader, null);
            if (!result.ok()) {
                throw new IllegalStateException("The demo units " + base.resolve("units.csv") + " are invalid: " + result.problems());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo units in " + base, e);
        }
        try (Reader reader = Files.newBufferedReader(base.resolve("sap-nhap.csv"))) {
            for (CSVRecord line : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
                List<Unit> dissolved = Arrays.stream(line.get("dissolved").split("\\s+")).map(this::unit).toList();
                UnitReform.Reformed done = reform.dissolveInto(dissolved, unit(line.get("into")), LocalDate.parse(line.get("effective")), null);
                log.info("Demo: {} dissolved into {} ({} units moved)", line.get("dissolved"), line.get("into"), done.moved());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo reform in " + base, e);
        }
    }

    private Unit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalStateException("The demo reform names no unit " + code));
    }
}
