package org.reintegration.portal.outcome;

import java.util.List;

/**
 * A community's reintegration figures as its public project page shows them: everyone's figures per quarter,
 * suppressed as everywhere, and the scheme version that produced them.
 *
 * @param example true when the scheme's weights are an invented example, which the page must say
 */
public record PublishedOutcomes(
        long communityId, int schemeVersion, String schemeTitle, boolean example, List<Figure> figures) {

    public PublishedOutcomes {
        figures = List.copyOf(figures);
    }
}
