package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;

import org.junit.jupiter.api.Test;

class MysqlStatementCacheTests {

    @Test
    void aMysqlProtocolPoolCachesItsPreparedStatements() {
        HikariConfig pool = pool("jdbc:mysql://db.example:3306/academy?useUnicode=true");

        MysqlStatementCache.apply(pool);

        assertThat(pool.getDataSourceProperties()).containsEntry("cachePrepStmts", "true")
                .containsEntry("prepStmtCacheSize", "250").containsEntry("prepStmtCacheSqlLimit", "4096");
    }

    @Test
    void aSettingGivenByTheOperatorIsKept() {
        HikariConfig onTheUrl = pool("jdbc:mysql://db.example:3306/academy?cachePrepStmts=false");
        HikariConfig asProperty = pool("jdbc:mysql://db.example:3306/academy");
        asProperty.addDataSourceProperty("prepStmtCacheSize", "50");

        MysqlStatementCache.apply(onTheUrl);
        MysqlStatementCache.apply(asProperty);

        assertThat(onTheUrl.getDataSourceProperties()).doesNotContainKey("cachePrepStmts");
        assertThat(asProperty.getDataSourceProperties()).containsEntry("prepStmtCacheSize", "50")
                .containsEntry("cachePrepStmts", "true");
    }

    @Test
    void theEmbeddedDatabaseIsLeftAlone() {
        HikariConfig pool = pool("jdbc:h2:file:./data/academy;MODE=MySQL");

        MysqlStatementCache.apply(pool);

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }

    private static HikariConfig pool(String url) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        return pool;
    }
}
