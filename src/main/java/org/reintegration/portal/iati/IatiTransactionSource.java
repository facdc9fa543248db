package org.reintegration.portal.iati;

import java.util.List;

/**
 * Where the IATI export learns of the money that moved for a project. Capabilities that record money
 * (grants) provide it as a Spring bean; the export asks every such bean.
 */
public interface IatiTransactionSource {

    /** The project's commitments, disbursements and expenditures, oldest first; empty when none. */
    List<IatiTransaction> transactionsOf(long projectId);
}
