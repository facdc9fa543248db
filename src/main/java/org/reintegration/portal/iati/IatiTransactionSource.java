package org.reintegration.portal.iati;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the IATI export learns of the money that moved for a project. Capabilities that record money
 * (grants) provide it as a Spring bean; the export asks every such bean.
 */
public interface IatiTransactionSource {

    /** The project's commitments, disbursements and expenditures, oldest first; empty when none. */
    List<IatiTransaction> transactionsOf(long projectId);

    /**
     * The transactions of several projects, by project id (projects without any may be missing): what
     * {@link #transactionsOf(long)} gives for each, read at once where the source can.
     */
    default Map<Long, List<IatiTransaction>> transactionsOf(Collection<Long> projectIds) {
        Map<Long, List<IatiTransaction>> all = new HashMap<>();
        projectIds.forEach(id -> all.put(id, transactionsOf(id)));
        return all;
    }
}
