package com.agentacademy.web;

import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MySQL driver's cache of prepared statements, on for every MySQL-protocol database (the
 * {@code mysql} profile and the real-database suite alike). Without it the driver parses the text
 * of a statement again each time it is prepared: in a profile of autosaves that parse was the
 * largest single cost of the request. The benchmark's raw upsert loop uses the same settings, so
 * that the application is measured against the database reached the same way.
 */
@Configuration(proxyBeanMethods = false)
public class MysqlStatementCache {

    /** The driver's settings; one given on the JDBC URL or as a data source property is kept. */
    public static final Map<String, String> SETTINGS = Map.of("cachePrepStmts", "true", "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "4096");

    @Bean
    static BeanPostProcessor statementCacheOnMysqlPools() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource data) {
                    apply(data);
                }
                return bean;
            }
        };
    }

    /** Adds the settings to a pool of a MySQL-protocol database; leaves any other pool as it is. */
    public static void apply(HikariConfig config) {
        String url = config.getJdbcUrl();
        if (url == null || !(url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            return;
        }
        SETTINGS.forEach((name, value) -> {
            if (!url.contains(name + "=") && !config.getDataSourceProperties().containsKey(name)) {
                config.addDataSourceProperty(name, value);
            }
        });
    }
}
