package org.reintegration.portal.selection.voting;

/** How many codes of a round were printed (in how many batches) and how many have been used. */
public record CodeCounts(int batches, int issued, int used) {}
