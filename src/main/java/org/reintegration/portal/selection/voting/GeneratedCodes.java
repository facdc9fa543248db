package org.reintegration.portal.selection.voting;

import java.util.List;

/**
 * A freshly drawn batch of codes and the printable sheet of slips. The portal keeps only the codes'
 * hashes: this object (held in memory by the caller until the sheet is downloaded) is the one chance
 * to print them.
 *
 * @param codes the codes as printed, in sheet order
 */
public record GeneratedCodes(long roundId, int batch, List<String> codes, byte[] pdf) {

    public GeneratedCodes {
        codes = List.copyOf(codes);
    }

    public int count() {
        return codes.size();
    }

    public String fileName() {
        return "voting-codes-round-" + roundId + "-batch-" + batch + ".pdf";
    }
}
