package org.reintegration.portal.selection.outcome;

import java.util.Arrays;
import java.util.Optional;

/** How voters expressed themselves: by approving projects, or by spreading points over them. */
public enum VoteType {

    /** Each ballot is a set of approved projects. */
    APPROVAL("approval"),

    /** Each ballot gives a number of points to each project it names. */
    CUMULATIVE("cumulative");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    /** The name this vote type has in the {@code vote_type} field of a Pabulib file. */
    public String pabulibName() {
        return pabulibName;
    }

    /** The vote type with the given Pabulib name, ignoring case, if it is one the outcome rules support. */
    public static Optional<VoteType> fromPabulibName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.pabulibName.equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
