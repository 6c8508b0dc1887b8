package vn.doan.nhacviec.bot.startup;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param dir the directory of the obligation catalogue's YAML files, loaded at every start ({@code nhacviec.catalog.dir}) */
@Validated
@ConfigurationProperties("nhacviec.catalog")
public record CatalogProperties(@DefaultValue("config/catalog") @NotBlank String dir) {

    // a String, not a Path: with the web server on, Spring would read a relative path as a servlet resource
    public Path directory() {
        return Path.of(dir);
    }
}
