package org.reintegration.portal.outcome;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reintegration.portal.interop.hxl.HxlTag;
import org.reintegration.portal.interop.hxl.HxlWriter;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.stereotype.Component;

/**
 * Writes the figures the caller may see as HXL-tagged CSV: one row per community or area, quarter and cohort,
 * suppressed exactly as on the pages ("&lt;5" and "x" for hidden counts, empty scores), with the scheme version
 * on every row. Texts go through {@link HxlWriter}, which guards cells a spreadsheet would run as formulas.
 */
@Component
public class OutcomeExport {

    static final List<String> HEADERS = List.of(
            "Admin area P-code",
            "Admin level",
            "Community",
            "Community id",
            "Quarter start",
            "Quarter end",
            "Group",
            "Respondents",
            "Economic score (mean)",
            "Social score (mean)",
            "Psychosocial score (mean)",
            "Composite score (mean)",
            "Share at or above threshold (composite)",
            "Scheme version",
            "Scheme");

    static final List<HxlTag> TAGS = List.of(
            HxlTag.parse("#adm+code"),
            HxlTag.parse("#adm+level"),
            HxlTag.parse("#loc+name"),
            HxlTag.parse("#loc+code"),
            HxlTag.parse("#date+start"),
            HxlTag.parse("#date+end"),
            HxlTag.parse("#meta+cohort"),
            HxlTag.parse("#population+respondents"),
            HxlTag.parse("#indicator+economic+mean+num"),
            HxlTag.parse("#indicator+social+mean+num"),
            HxlTag.parse("#indicator+psychosocial+mean+num"),
            HxlTag.parse("#indicator+composite+mean+num"),
            HxlTag.parse("#indicator+composite+threshold+pct"),
            HxlTag.parse("#meta+scheme+version"),
            HxlTag.parse("#meta+scheme+name"));

    private final OutcomeService outcomes;
    private final SchemeService schemes;

    OutcomeExport(OutcomeService outcomes, SchemeService schemes) {
        this.outcomes = outcomes;
        this.schemes = schemes;
    }

    /** Writes the caller's figures; an empty table (header and tags) when no scheme is applied. */
    public void write(Writer out) throws IOException {
        Optional<SchemeVersion> scheme = schemes.appliedScheme();
        List<Figure> figures = outcomes.visibleFigures();
        Map<Long, CommunityPlace> places = outcomes.places(figures.stream()
                .map(Figure::communityId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        try (HxlWriter hxl = HxlWriter.of(out, HEADERS, TAGS)) {
            for (Figure f : figures) {
                CommunityPlace place = f.communityId() == null ? null : places.get(f.communityId());
                if (f.communityId() != null && place == null) {
                    continue;
                }
                hxl.row(
                        f.area().value(),
                        Integer.toString(outcomes.levelOf(f.area())),
                        place == null ? "" : place.name(),
                        place == null ? "" : Long.toString(place.id()),
                        f.quarter().toString(),
                        quarterEnd(f.quarter()).toString(),
                        f.cohort().code(),
                        SmallCounts.text(f.respondents()),
                        score(f.mean(ScoreKind.ECONOMIC)),
                        score(f.mean(ScoreKind.SOCIAL)),
                        score(f.mean(ScoreKind.PSYCHOSOCIAL)),
                        score(f.mean(ScoreKind.COMPOSITE)),
                        f.share(ScoreKind.COMPOSITE) == null
                                ? ""
                                : String.format(Locale.ROOT, "%.1f", 100 * f.share(ScoreKind.COMPOSITE)),
                        scheme.map(s -> Integer.toString(s.version())).orElse(""),
                        scheme.map(s -> s.stored().title()).orElse(""));
            }
        }
    }

    static LocalDate quarterEnd(LocalDate start) {
        return start.plusMonths(3).minusDays(1);
    }

    private static String score(Double mean) {
        return mean == null ? "" : String.format(Locale.ROOT, "%.3f", mean);
    }
}
