package org.reintegration.portal.community.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.Texts;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.interop.hxl.HxlTag;
import org.reintegration.portal.interop.hxl.HxlWriter;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the current (newest) profile of every community the caller may see that matches a
 * {@link CommunityFilter}, one row per community, as HXL CSV or as an XLSX workbook. Communities never
 * profiled are left out: they have no figures to export.
 *
 * <p>The same suppression rule applies as on screen ({@link ProfileService#history}): outside staff
 * roles a count from 1 to 4 is written as {@code <5}, every other count and total as it is, and a
 * cell from which a suppressed one could be worked out is written {@code x} (withheld, see {@link
 * ProfileService#history}). The header row, method, tension and tension drivers are written in the reader's
 * language (the file is read by people); the hashtag row under the headers is the same in every language, so
 * files from different users still line up column by column.
 *
 * <p>The admin area is written as three columns {@code #adm1+code}, {@code #adm2+code} and {@code
 * #adm3+code}: the community's own area in the column of its level, its ancestors in the columns
 * before, so that every row has the same hashtags whatever level the community is attached to.
 */
@Service
public class ProfileExport {

    /** How many communities are read at a time. */
    public static final int PAGE = 500;

    public static final String SHEET = "Profiles";

    static final List<Column> COLUMNS = List.of(
            new Column("profiles.export.community", "#loc+name"),
            new Column("profiles.export.adm1", "#adm1+code"),
            new Column("profiles.export.adm2", "#adm2+code"),
            new Column("profiles.export.adm3", "#adm3+code"),
            new Column("profiles.export.lat", "#geo+lat"),
            new Column("profiles.export.lon", "#geo+lon"),
            new Column("profiles.export.assessed-on", "#date+reported"),
            new Column("profiles.export.method", "#meta+method"),
            new Column("profiles.export.population", "#population+total+ind"),
            new Column("profiles.export.households", "#population+total+hh"),
            new Column("profiles.export.returnees", "#affected+returnees+ind"),
            new Column("profiles.export.idps", "#affected+idps+ind"),
            new Column("profiles.export.residents", "#population+residents+ind"),
            new Column("profiles.export.returnees-f", "#affected+returnees+f"),
            new Column("profiles.export.returnees-m", "#affected+returnees+m"),
            new Column("profiles.export.tension", "#severity+tension"),
            new Column("profiles.export.drivers", "#severity+tension+drivers"),
            new Column("profiles.export.needs", "#need+name+ranked"));

    private static final int MAX_ADMIN_LEVEL = 3;

    /** A column: the key of its header text (in the reader's language) and its HXL hashtag. */
    record Column(String header, HxlTag tag) {
        Column(String header, String tag) {
            this(header, HxlTag.parse(tag));
        }
    }

    private final CommunityService communities;
    private final ProfileService profiles;
    private final AdminAreaService areas;
    private final AreaHierarchy hierarchy;

    ProfileExport(
            CommunityService communities, ProfileService profiles, AdminAreaService areas, AreaHierarchy hierarchy) {
        this.communities = communities;
        this.profiles = profiles;
        this.areas = areas;
        this.hierarchy = hierarchy;
    }

    /**
     * The rows as values: {@code null} for an empty cell, {@link String} for text (a suppressed count
     * reads {@code <5}), {@link Integer} or {@link BigDecimal} for numbers, {@link LocalDate} for dates.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<List<Object>> rows(CommunityFilter filter) {
        return rows(filter, Locale.ENGLISH);
    }

    private List<List<Object>> rows(CommunityFilter filter, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        Map<PCode, Integer> levels = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Community> page = communities.list(filter, CommunitySort.NAME, offset, PAGE);
            for (Community community : page) {
                if (community.current() == null) {
                    continue; // never profiled
                }
                List<Profile> history = profiles.history(community.id());
                if (!history.isEmpty()) {
                    rows.add(row(community, history.getFirst(), levels, locale));
                }
            }
            if (page.size() < PAGE) {
                return rows;
            }
        }
    }

    /** Writes the export as HXL CSV in UTF-8: text headers, hashtags, then one row per community. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeCsv(CommunityFilter filter, OutputStream out) throws IOException {
        writeCsv(filter, Locale.ENGLISH, out);
    }

    /** Writes the export as HXL CSV with headers and words in this language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeCsv(CommunityFilter filter, Locale locale, OutputStream out) throws IOException {
        List<List<Object>> rows = rows(filter, locale);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (HxlWriter hxl = HxlWriter.of(
                writer,
                COLUMNS.stream().map(c -> Texts.get(locale, c.header())).toList(),
                COLUMNS.stream().map(Column::tag).toList())) {
            for (List<Object> row : rows) {
                hxl.row(row.stream().map(ProfileExport::text).toList());
            }
        }
    }

    /**
     * Writes the export as an XLSX workbook with one sheet {@value #SHEET}: text headers, hashtags,
     * then one row per community; numbers as numbers, dates as dates, {@code <5} as text.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeXlsx(CommunityFilter filter, OutputStream out) throws IOException {
        writeXlsx(filter, Locale.ENGLISH, out);
    }

    /** Writes the export as an XLSX workbook with headers and words in this language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeXlsx(CommunityFilter filter, Locale locale, OutputStream out) throws IOException {
        List<List<Object>> rows = rows(filter, locale);
        Workbook workbook = new Workbook(out, "Reintegration portal", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET);
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, Texts.get(locale, COLUMNS.get(c).header()));
            sheet.value(1, c, COLUMNS.get(c).tag().toString());
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                switch (row.get(c)) {
                    case null -> {}
                    case Number number -> sheet.value(r + 2, c, number);
                    case LocalDate date -> {
                        sheet.value(r + 2, c, date);
                        sheet.style(r + 2, c).format("yyyy-mm-dd").set();
                    }
                    default -> sheet.value(r + 2, c, row.get(c).toString());
                }
            }
        }
        workbook.finish();
    }

    private List<Object> row(Community community, Profile profile, Map<PCode, Integer> levels, Locale locale) {
        ProfileData d = profile.data();
        ProfileTotals totals = profile.totals();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(community.data().name());
        row.addAll(adminCodes(community.data().area(), levels));
        var location = community.data().location();
        row.add(location == null ? null : BigDecimal.valueOf(location.lat()));
        row.add(location == null ? null : BigDecimal.valueOf(location.lon()));
        row.add(d.assessedOn());
        row.add(Texts.get(locale, "profiles.method." + d.method().name()));
        row.add(count(d.population()));
        row.add(count(d.households()));
        row.add(count(totals.of(PopulationGroup.RETURNEES)));
        row.add(count(totals.of(PopulationGroup.IDPS)));
        row.add(count(totals.of(PopulationGroup.RESIDENTS)));
        row.add(count(totals.of(PopulationGroup.RETURNEES, Sex.FEMALE)));
        row.add(count(totals.of(PopulationGroup.RETURNEES, Sex.MALE)));
        row.add(Texts.get(locale, "tension." + d.tension().name()));
        row.add(
                d.tensionDrivers().isEmpty()
                        ? null
                        : d.tensionDrivers().stream()
                                .map(driver -> Texts.get(locale, "profiles.driver." + driver.name()))
                                .sorted()
                                .collect(Collectors.joining("; ")));
        row.add(d.priorityNeeds().isEmpty() ? null : String.join("; ", d.priorityNeeds()));
        return row;
    }

    /** The area's P-code in the column of its level and its ancestors' in the columns before. */
    private List<Object> adminCodes(PCode area, Map<PCode, Integer> levels) {
        Object[] codes = new Object[MAX_ADMIN_LEVEL];
        int level = levels.computeIfAbsent(area, a -> areas.getArea(a).level());
        PCode current = area;
        for (int l = level; l >= 1 && current != null; l--) {
            if (l <= MAX_ADMIN_LEVEL) {
                codes[l - 1] = current.value();
            }
            current = hierarchy.parentOf(current).orElse(null);
        }
        return java.util.Arrays.asList(codes);
    }

    /**
     * A count as a cell: null (nothing counted) stays empty, a suppressed count reads "<5", a withheld
     * one "x", others are numbers.
     */
    private static Object count(Integer people) {
        if (people == null) {
            return null;
        }
        return SmallCounts.hidden(people) ? SmallCounts.text(people) : people;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal number -> number.toPlainString();
            case LocalDate date -> date.toString();
            default -> value.toString();
        };
    }
}
