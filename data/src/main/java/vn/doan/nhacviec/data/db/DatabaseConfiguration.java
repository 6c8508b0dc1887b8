package vn.doan.nhacviec.data.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariDataSource dataSource = Databases.open(properties.jdbcUrl(), properties.user(), properties.password(), properties.poolSize());
        Databases.migrate(dataSource);
        return dataSource;
    }
}
