package com.agentacademy.security;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard of the audit log: H2 runs it before any UPDATE or DELETE of
 * {@code audit_event} (migration {@code db/vendor/h2/V17.1}) and it refuses the change. MySQL, and
 * MariaDB reached through the MySQL driver the application ships ({@code jdbc:mysql:} URLs), refuse
 * with triggers of their own ({@code db/vendor/mysql}).
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: entries cannot be changed or deleted", "45000");
    }
}
