package org.reintegration.portal.selection.voting;

/** How a ballot reached the portal: cast on the voting page (or the JSON endpoint), or entered from paper. */
public enum Channel {
    ONLINE,
    PAPER
}
