package io.github.cact.server.store;

import java.sql.SQLException;

/** Recognises a unique-key violation: SQLSTATE 23505 in both H2 and PostgreSQL. */
final class UniqueViolation {

    private UniqueViolation() {
    }

    static boolean is(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
