package org.reintegration.portal.iati;

/** The IATI TransactionType codes the portal records. */
public enum IatiTransactionType {
    COMMITMENT("2"),
    DISBURSEMENT("3"),
    EXPENDITURE("4");

    private final String code;

    IatiTransactionType(String code) {
        this.code = code;
    }

    /** The code of the IATI TransactionType codelist. */
    public String code() {
        return code;
    }
}
