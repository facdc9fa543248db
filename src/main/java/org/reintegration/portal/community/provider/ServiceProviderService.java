package org.reintegration.portal.community.provider;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.provider.repository.ServiceProviderRepository;
import org.reintegration.portal.security.AreaAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholder and service mapping: who offers which services to returnees and residents, in one
 * community or across a whole admin area. Staff record providers everywhere; local authorities read
 * those within their area scopes and change nothing. Every method checks on the server.
 *
 * <p>Providers are organisations, not individuals: their contact details are shown to staff and
 * authorities alike, with no suppression.
 */
@Service
public class ServiceProviderService {

    /** The largest page {@link #inArea} returns. */
    public static final int PAGE_MAX = 500;

    private final ServiceProviderRepository providers;
    private final CommunityService communities;
    private final AreaHierarchy hierarchy;
    private final AreaAccess access;
    private final Clock clock;

    ServiceProviderService(
            ServiceProviderRepository providers,
            CommunityService communities,
            AreaHierarchy hierarchy,
            AreaAccess access,
            Clock clock) {
        this.providers = providers;
        this.communities = communities;
        this.hierarchy = hierarchy;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Records a provider.
     *
     * @throws InvalidFieldException when the area does not exist, or the community does not exist or
     *     lies in another area; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public ServiceProvider create(ServiceProviderData data) {
        checkPlace(data);
        long id = providers.insert(data, LocalDateTime.now(clock));
        return providers.find(id).orElseThrow();
    }

    /**
     * Changes everything recorded about a provider, its place included.
     *
     * @throws InvalidFieldException as {@link #create}; nothing is changed then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public ServiceProvider update(long id, ServiceProviderData data) {
        ServiceProvider existing = find(id);
        access.checkMayChange(existing.data().area());
        checkPlace(data);
        providers.update(id, data, LocalDateTime.now(clock));
        return providers.find(id).orElseThrow();
    }

    /** Removes a provider from the mapping, for one that has closed or was entered by mistake. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void delete(long id) {
        ServiceProvider existing = find(id);
        access.checkMayChange(existing.data().area());
        providers.delete(id);
    }

    /**
     * A provider, if the caller may see its area.
     *
     * @throws AccessDeniedException when it lies outside the caller's area scopes
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ServiceProvider get(long id) {
        ServiceProvider provider = find(id);
        access.checkMaySee(provider.data().area());
        return provider;
    }

    /**
     * One page, by name, of the providers in an area or any area below it that the caller may see.
     * Asking for an area that contains the caller's scopes shows the part within them.
     *
     * @param area null for all the caller may see
     * @throws AccessDeniedException when the area lies wholly outside the caller's area scopes
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ServiceProvider> inArea(PCode area, ServiceProviderFilter filter, int offset, int limit) {
        Set<PCode> areas = visibleAreas(area);
        if (areas != null && areas.isEmpty()) {
            return List.of();
        }
        return providers.findPage(areas, filter, offset, Math.min(limit, PAGE_MAX));
    }

    /** How many providers {@link #inArea} would show over all pages. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countInArea(PCode area, ServiceProviderFilter filter) {
        Set<PCode> areas = visibleAreas(area);
        if (areas != null && areas.isEmpty()) {
            return 0;
        }
        return providers.count(areas, filter);
    }

    /**
     * The providers that reach a community, by name: those recorded for it, and those serving its
     * admin area or any area above it as a whole, as far as the caller may see those areas.
     *
     * @throws AccessDeniedException when the community lies outside the caller's area scopes
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ServiceProvider> forCommunity(long communityId, ServiceProviderFilter filter) {
        Community community = communities.get(communityId); // checks the caller may see it
        List<PCode> areas = new ArrayList<>();
        PCode current = community.data().area();
        Predicate<PCode> visible = access.visibility();
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (visible.test(current)) {
                areas.add(current);
            }
            current = hierarchy.parentOf(current).orElse(null);
        }
        return providers.findReaching(communityId, areas, filter);
    }

    /** The admin areas to list, or null for "any": the requested area within the caller's scope. */
    private Set<PCode> visibleAreas(PCode area) {
        Set<PCode> visible = access.visibleAreasWithin(area);
        if (area != null && visible != null && visible.isEmpty()) {
            throw new AccessDeniedException("No access to area " + area);
        }
        return visible;
    }

    private ServiceProvider find(long id) {
        return providers.find(id).orElseThrow(() -> new IllegalArgumentException("No service provider " + id));
    }

    private void checkPlace(ServiceProviderData data) {
        if (!hierarchy.contains(data.area())) {
            throw new InvalidFieldException("area", "providers.error.unknown-area", "unknown area " + data.area());
        }
        access.checkMayChange(data.area());
        if (data.communityId() != null) {
            Community community;
            try {
                community = communities.get(data.communityId());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidFieldException(
                        "community", "providers.error.unknown-community", "no community " + data.communityId());
            }
            if (!community.data().area().equals(data.area())) {
                throw new InvalidFieldException(
                        "community",
                        "providers.error.community-area",
                        "community " + community.id() + " lies in "
                                + community.data().area());
            }
        }
    }
}
