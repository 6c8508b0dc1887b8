package vn.doan.nhacviec.bot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.doan.nhacviec.bot.NhacViecApplication;

/**
 * The bot's application modules (the packages right under {@code vn.doan.nhacviec.bot}), checked by
 * Spring Modulith: no cycles, no reaching into another module's internals, and the dependencies a
 * module declares in its {@code package-info} ({@code @ApplicationModule(allowedDependencies = …)}).
 * Writes the module diagram to {@code target/spring-modulith-docs} (linked from the README).
 */
class ModulesTest {

    private static final List<String> CHANNELS = List.of("console", "telegram", "zalo");
    private static final ApplicationModules MODULES = ApplicationModules.of(NhacViecApplication.class);

    @Test
    void verify() {
        MODULES.verify();
    }

    /** Channels are adapters at the edge: nothing else depends on one, so another channel can be added beside them. */
    @Test
    void nothingDependsOnAChannel() {
        for (ApplicationModule module : MODULES) {
            if (CHANNELS.contains(module.getIdentifier().toString())) {
                continue;
            }
            assertThat(module.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()).toList())
                    .as("modules %s depends on", module.getIdentifier()).doesNotContainAnyElementsOf(CHANNELS);
        }
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
    }
}
