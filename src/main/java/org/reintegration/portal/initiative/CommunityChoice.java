package org.reintegration.portal.initiative;

/**
 * A community a proposal can be made for, as forms list it. Two choices are the same when they name
 * the same community, whatever labels they carry.
 *
 * @param areaName the name of the community's admin area, or null when not known
 */
public record CommunityChoice(long id, String name, String areaName) {

    @Override
    public boolean equals(Object other) {
        return other instanceof CommunityChoice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
