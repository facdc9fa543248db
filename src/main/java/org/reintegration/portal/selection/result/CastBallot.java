package org.reintegration.portal.selection.result;

import java.util.Map;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VoterProfile;

/** A counted ballot as results read it: its channel, what the voter declared and the points per initiative. */
public record CastBallot(Channel channel, VoterProfile voter, Map<Long, Integer> points) {

    public CastBallot {
        points = Map.copyOf(points);
    }
}
