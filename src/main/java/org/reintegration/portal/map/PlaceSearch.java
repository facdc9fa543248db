package org.reintegration.portal.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.geo.GeoBounds;
import org.springframework.stereotype.Component;

/**
 * Finding a place on the map by name: admin areas by any of their names and the communities the reader may see.
 * {@link MapService#search} gives it to readers, within its transaction and rights check.
 */
@Component
class PlaceSearch {

    /** Deepest admin level searched. */
    private static final int DEEPEST_LEVEL = 3;

    private final AdminAreaService areas;
    private final CommunityService communities;

    PlaceSearch(AdminAreaService areas, CommunityService communities) {
        this.areas = areas;
        this.communities = communities;
    }

    /**
     * Admin areas (by any of their names) and communities whose name contains the text, ignoring case and
     * accents; areas first, then by name.
     */
    List<Place> search(String text, Locale locale, int limit) {
        String wanted = fold(text);
        if (wanted.length() < 2 || limit <= 0) {
            return List.of();
        }
        // the database finds the names (its collation ignores case and accents); Java only picks which of an
        // area's names to show
        String asked = text.strip();
        List<AdminArea> matchingAreas = areas.findNamed(asked, DEEPEST_LEVEL);
        List<CommunityPoint> matchingCommunities = communities.mapPointsNamed(asked, limit);
        Set<PCode> around = new HashSet<>();
        matchingAreas.stream().map(AdminArea::parent).filter(Objects::nonNull).forEach(around::add);
        matchingCommunities.forEach(c -> around.add(c.area()));
        Map<PCode, AdminArea> known = areas.findAll(around);
        List<Place> found = new ArrayList<>();
        matchingAreas.stream()
                .sorted(Comparator.comparing((AdminArea a) -> a.level()).thenComparing(a -> a.nameIn(locale)))
                .forEach(area -> found.add(new Place(
                        Place.Kind.AREA,
                        area.pcode().value(),
                        matchingName(area, wanted, locale).orElse(area.nameIn(locale)),
                        context(area.parent(), known, locale),
                        area.bounds())));
        matchingCommunities.forEach(c -> found.add(new Place(
                Place.Kind.COMMUNITY,
                String.valueOf(c.id()),
                c.name(),
                context(c.area(), known, locale),
                new GeoBounds(
                        c.location().lat(),
                        c.location().lon(),
                        c.location().lat(),
                        c.location().lon()))));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static Optional<String> matchingName(AdminArea area, String wanted, Locale locale) {
        String shown = area.nameIn(locale);
        if (fold(shown).contains(wanted)) {
            return Optional.of(shown);
        }
        if (fold(area.name()).contains(wanted)) {
            return Optional.of(area.name());
        }
        return area.otherNames().values().stream()
                .filter(name -> fold(name).contains(wanted))
                .findFirst();
    }

    private static String context(PCode area, Map<PCode, AdminArea> known, Locale locale) {
        if (area == null) {
            return "";
        }
        AdminArea found = known.get(area);
        return found == null ? area.value() : area.value() + " " + found.nameIn(locale);
    }

    /** Lower case without accents, so that "kerouane" finds "Kérouané". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
