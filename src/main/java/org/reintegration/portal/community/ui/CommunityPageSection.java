package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a community's page that another capability draws (its reintegration outcomes, for one), so that the
 * page can show it without the community capability depending on that one. Implementations are Spring beans of
 * prototype scope: each page gets its own.
 */
public interface CommunityPageSection {

    /** What to show for the community, or empty to show nothing; called once per page. */
    Optional<Component> section(long communityId);
}
