package org.reintegration.portal.selection.outcome;

import java.util.Objects;

/**
 * A project on the ballot.
 *
 * @param id   the project's identifier, compared as a string wherever a tie must be broken
 * @param cost what the project costs, in whole currency units (never negative)
 * @param name a human-readable title; empty when the source gave none, never {@code null}
 */
public record Project(String id, long cost, String name) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a project id must not be empty");
        }
        if (cost < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost: " + cost);
        }
    }

    public Project(String id, long cost) {
        this(id, cost, "");
    }
}
