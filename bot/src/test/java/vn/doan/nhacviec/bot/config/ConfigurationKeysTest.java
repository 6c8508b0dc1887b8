package vn.doan.nhacviec.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.ClassUtils;

/**
 * Every key {@code config/application.yml} sets under {@code nhacviec.} is read by a settings record:
 * the file is bound to every {@code @ConfigurationProperties} class of the application, and each key
 * the binder did not use is reported (a misspelt or misplaced key would otherwise be ignored in silence).
 */
class ConfigurationKeysTest {

    static final String APPLICATION_YML = "../config/application.yml";

    @Test
    void everyKeyOfTheApplicationYmlIsRead() throws IOException {
        assertThat(unreadKeys(Map.of())).isEmpty();
    }

    @Test
    void aKeyNothingReadsIsReported() throws IOException {
        Map<String, Object> extra = Map.of(
                "nhacviec.reminders.rate-limit-exempt-channels", "console",
                "nhacviec.safety.comands-per-minute", "20",
                "nhacviec.reminders.default-policy.days-befor[0]", "7");
        assertThat(unreadKeys(extra)).containsExactlyInAnyOrderElementsOf(extra.keySet());
    }

    @Test
    void theSettingsRecordsAreFound() {
        assertThat(settingsClasses()).extracting(Class::getSimpleName)
                .contains("DatabaseProperties", "ReminderProperties", "SafetyProperties", "UploadProperties", "TelegramProperties");
    }

    /** The keys under {@code nhacviec.} of the application's YAML (plus {@code extra}) that no settings record reads. */
    static Set<String> unreadKeys(Map<String, Object> extra) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        List<PropertySource<?>> yml = new YamlPropertySourceLoader().load("application.yml", new FileSystemResource(APPLICATION_YML));
        environment.getPropertySources().addFirst(new MapPropertySource("extra", new LinkedHashMap<>(extra)));
        yml.forEach(environment.getPropertySources()::addLast);

        Set<String> bound = new TreeSet<>();
        BindHandler recording = new AbstractBindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
                if (context.getConfigurationProperty() != null) {
                    // a value taken from the file itself, not a record or a list put together from several keys
                    bound.add(context.getConfigurationProperty().getName().toString());
                }
                return super.onSuccess(name, target, context, result);
            }
        };
        Binder binder = Binder.get(environment);
        for (Class<?> settings : settingsClasses()) {
            ConfigurationProperties annotation = AnnotatedElementUtils.findMergedAnnotation(settings, ConfigurationProperties.class);
            binder.bind(annotation.prefix(), Bindable.of(settings), recording);
        }

        Set<String> keys = new TreeSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source.getName().equals("extra") || yml.contains(source)) {
                for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                    if (key.startsWith("nhacviec.")) {
                        keys.add(key);
                    }
                }
            }
        }
        keys.removeIf(key -> bound.contains(ConfigurationPropertyName.adapt(key, '.').toString()));
        return keys;
    }

    static List<Class<?>> settingsClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(ConfigurationProperties.class));
        return scanner.findCandidateComponents("vn.doan.nhacviec").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, ConfigurationKeysTest.class.getClassLoader()))
                .<Class<?>>map(type -> type)
                .toList();
    }
}
