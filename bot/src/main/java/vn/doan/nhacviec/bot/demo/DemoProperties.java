package vn.doan.nhacviec.bot.demo;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo ({@code nhacviec.demo.*}); on by default when no messaging token is set.
 *
 * @param enabled   load the demo tree and make the terminal's user its admin
 * @param units     the demo tree, a units CSV
 * @param history   give the demo a year of history (answers, late units) so that reports have something to show
 * @param reformDir the provinces merged in 2025 and the reform, applied to the demo tree at its first start;
 *                  empty: the tree as it was before 1 July 2025
 */
@Validated
@ConfigurationProperties("nhacviec.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("config/demo/units.csv") @NotBlank String units,
                             @DefaultValue("true") boolean history,
                             @DefaultValue("") String reformDir) {

    // a String, not a Path: with the web server on, Spring would read a relative path as a servlet resource
    public Path unitsCsv() {
        return Path.of(units);
    }
}
