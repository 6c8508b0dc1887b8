package vn.doan.nhacviec.data.unit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official list of provinces and communes after the 2025 reform (config/map/vn-units-2026.json,
 * MIT licence, see the README there), and the unit rows it gives: codes from the dataset, the
 * union's names ("Tỉnh đoàn An Giang", "Đoàn xã Mỹ Đức"), levels {@code tinh} and {@code co_so}.
 */
public record AdministrativeMap(List<Province> provinces) {

    public record Province(@JsonProperty("Code") String code, @JsonProperty("FullName") String fullName,
                          @JsonProperty("Wards") List<Commune> communes) {

        /** "Tỉnh An Giang" → "Tỉnh đoàn An Giang"; "Thành phố Hà Nội" → "Thành đoàn Hà Nội". */
        public String unionName() {
            if (fullName.startsWith("Thành phố ")) {
                return "Thành đoàn " + fullName.substring("Thành phố ".length());
            }
            return "Tỉnh đoàn " + fullName.replaceFirst("^Tỉnh ", "");
        }

        /** "An Giang". */
        public String shortName() {
            return fullName.replaceFirst("^(Tỉnh|Thành phố) ", "");
        }
    }

    public record Commune(@JsonProperty("Code") String code, @JsonProperty("FullName") String fullName) {

        /** "Xã Mỹ Đức" → "Đoàn xã Mỹ Đức"; "Đặc khu Phú Quốc" → "Đoàn đặc khu Phú Quốc". */
        public String unionName() {
            return "Đoàn " + Character.toLowerCase(fullName.charAt(0)) + fullName.substring(1);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static AdministrativeMap read(Path file) {
        try {
            return new AdministrativeMap(List.copyOf(MAPPER.readValue(file.toFile(), new TypeReference<List<Province>>() { })));
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("Cannot read the map " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    public Optional<Province> province(String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public int communeCount() {
        return provinces.stream().mapToInt(p -> p.communes().size()).sum();
    }

    /**
     * The import file ({@link UnitCsvImporter#HEADER}) for a province's communes under the unit
     * {@code parentCode}; with {@code withProvince}, the province itself comes first, under
     * {@code parentCode}, and the communes under it.
     */
    public static String unitsCsv(Province province, String parentCode, boolean withProvince) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(UnitCsvImporter.HEADER);
            String communeParent = parentCode;
            if (withProvince) {
                csv.printRecord(province.code(), province.unionName(), Level.TINH.code(), parentCode, "", "");
                communeParent = province.code();
            }
            for (Commune commune : province.communes()) {
                csv.printRecord(commune.code(), commune.unionName(), Level.CO_SO.code(), communeParent, "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
