package vn.doan.nhacviec.bot.admin.unit;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param file the official provinces and communes, for {@code /nhapdv ban-do} ({@code nhacviec.map.file}) */
@Validated
@ConfigurationProperties("nhacviec.map")
public record MapProperties(@DefaultValue("config/map/vn-units-2026.json") @NotBlank String file) {

    // a String, not a Path: with the web server on, Spring would read a relative path as a servlet resource
    public Path path() {
        return Path.of(file);
    }
}
