package vn.doan.nhacviec.data.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariDataSource dataSource = Databases.open(properties.jdbcUrl(), properties.user(), properties.password(), properties.poolSize());
        Databases.migrate(dataSource);
        return dataSource;
    }

    @Bean
    ReadCaches readCaches(DatabaseProperties properties) {
        return Databases.isSqlite(properties.jdbcUrl()) ? ReadCaches.inMemory() : ReadCaches.NONE;
    }

    @Bean(destroyMethod = "close")
    GroupCommit groupCommit(DatabaseProperties properties, PlatformTransactionManager transactions) {
        return Databases.isSqlite(properties.jdbcUrl()) ? GroupCommit.on(transactions) : GroupCommit.alone(transactions);
    }
}
