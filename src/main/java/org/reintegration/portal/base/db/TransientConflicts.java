package org.reintegration.portal.base.db;

import java.sql.SQLException;

/**
 * Tells a conflict the database reports at a statement or at commit, after which the same transaction
 * may simply be run again, from any other failure. On MySQL and MariaDB: a deadlock (1213, which is
 * also how a Galera cluster reports a certification failure at commit) and a lock wait timeout (1205);
 * SQLState 40001 (serialization failure) too.
 */
public final class TransientConflicts {

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private TransientConflicts() {}

    /** Whether anything in the cause chain is such a conflict. Nothing was committed by the failed attempt. */
    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK
                            || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                            || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
