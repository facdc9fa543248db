package org.reintegration.portal.initiative;

import java.util.List;
import java.util.Map;
import org.reintegration.portal.initiative.repository.FeasibilityReviewRepository;
import org.reintegration.portal.initiative.repository.InitiativeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives as anyone may read them on the public pages, without an account: published ones only,
 * confidential ones without location or details ({@link PublicInitiative}), each with the public reason
 * of its feasibility review.
 */
@Service
public class PublicInitiativeService {

    private final InitiativeRepository initiatives;
    private final FeasibilityReviewRepository reviews;

    PublicInitiativeService(InitiativeRepository initiatives, FeasibilityReviewRepository reviews) {
        this.initiatives = initiatives;
        this.reviews = reviews;
    }

    /**
     * A published initiative as anyone may see it.
     *
     * @throws IllegalArgumentException when there is no such published initiative
     */
    @Transactional(readOnly = true)
    public PublicInitiative getPublic(long id) {
        Initiative initiative = initiatives
                .find(id)
                .filter(Initiative::published)
                .orElseThrow(() -> new IllegalArgumentException("No published initiative " + id));
        return PublicInitiative.of(
                initiative, reviews.publicReasons(List.of(id)).get(id));
    }

    /** One page of published initiatives as anyone may see them, newest first. */
    @Transactional(readOnly = true)
    public List<PublicInitiative> listPublic(InitiativeFilter filter, int offset, int limit) {
        List<Initiative> page = initiatives.findPage(null, filter, true, offset, Math.min(limit, 200));
        Map<Long, String> reasons =
                reviews.publicReasons(page.stream().map(Initiative::id).toList());
        return page.stream()
                .map(i -> PublicInitiative.of(i, reasons.get(i.id())))
                .toList();
    }
}
