package org.reintegration.portal.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.Texts;
import org.reintegration.portal.interop.hxl.HxlTag;
import org.reintegration.portal.interop.hxl.HxlWriter;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports the projects a filter selects, as the caller may see them, as a 4W HXL CSV (who, what,
 * where, when; the table {@link ThreeWImportService#importThreeW} reads back) and as GeoJSON. Outside staff
 * roles people counts from 1 to 4 are written as {@code <5} (in GeoJSON: null with a flag), and
 * confidential projects carry no coordinates, only their community.
 */
@Service
public class ProjectExport {

    /** The most projects one export holds. */
    public static final int MAX_ROWS = 50_000;

    private static final int PAGE = 500;

    /** A column: the key of its header text (in the reader's language), its HXL hashtag and its value. */
    private record Column(String header, String tag, Function<Row, String> value) {}

    private record Row(Project project, PCode adm1, PCode adm2, boolean hideLocation, boolean suppress) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("projects.export.column.code", "#activity+project+code", r -> r.project()
                    .data()
                    .code()),
            new Column("projects.export.column.title", "#activity+project+name", r -> r.project()
                    .data()
                    .title()),
            new Column("projects.export.column.partner", "#org+impl+name", r -> r.project()
                    .data()
                    .implementingPartner()),
            new Column("projects.export.column.funder", "#org+funder+name", r -> r.project()
                    .data()
                    .funder()),
            new Column("projects.export.column.sector", "#sector+name", r -> sector(r.project())),
            new Column(
                    "projects.export.column.activity",
                    "#activity+name",
                    r -> r.project().data().description() == null
                            ? null
                            : firstLine(r.project().data().description())),
            new Column(
                    "projects.export.column.adm1",
                    "#adm1+code",
                    r -> r.adm1() == null ? null : r.adm1().value()),
            new Column(
                    "projects.export.column.adm2",
                    "#adm2+code",
                    r -> r.adm2() == null ? null : r.adm2().value()),
            new Column("projects.export.column.place", "#loc+name", r -> r.project()
                    .placeName()),
            new Column(
                    "projects.export.column.lat",
                    "#geo+lat",
                    r -> r.hideLocation() || r.project().data().location() == null
                            ? null
                            : String.valueOf(r.project().data().location().lat())),
            new Column(
                    "projects.export.column.lon",
                    "#geo+lon",
                    r -> r.hideLocation() || r.project().data().location() == null
                            ? null
                            : String.valueOf(r.project().data().location().lon())),
            new Column(
                    "projects.export.column.status",
                    "#status+name",
                    r -> r.project().data().status().name().toLowerCase(Locale.ROOT)),
            new Column(
                    "projects.export.column.start",
                    "#date+start",
                    r -> date(
                            r.project().data().actualStart() != null
                                    ? r.project().data().actualStart()
                                    : r.project().data().plannedStart())),
            new Column(
                    "projects.export.column.end",
                    "#date+end",
                    r -> date(
                            r.project().data().actualEnd() != null
                                    ? r.project().data().actualEnd()
                                    : r.project().data().plannedEnd())),
            new Column(
                    "projects.export.column.targeted",
                    "#targeted+ind",
                    r -> count(r, r.project().data().targetedPeople())),
            new Column(
                    "projects.export.column.targeted-returnees",
                    "#targeted+returnees+ind",
                    r -> count(r, r.project().data().targetedReturnees())),
            new Column(
                    "projects.export.column.reached",
                    "#reached+ind",
                    r -> count(r, r.project().data().reachedPeople())),
            new Column(
                    "projects.export.column.budget",
                    "#value+budget",
                    r -> amount(r.project().data().budget())),
            new Column(
                    "projects.export.column.spent",
                    "#value+spend",
                    r -> amount(r.project().data().spent())),
            new Column("projects.export.column.currency", "#currency+code", r -> r.project()
                    .data()
                    .currency()));

    private final ProjectService projects;
    private final AreaHierarchy hierarchy;
    private final SmallCounts smallCounts;
    private final JsonMapper json = JsonMapper.builder().build();

    ProjectExport(ProjectService projects, AreaHierarchy hierarchy, SmallCounts smallCounts) {
        this.projects = projects;
        this.hierarchy = hierarchy;
        this.smallCounts = smallCounts;
    }

    /** Writes the 4W table with English headers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeCsv(ProjectFilter filter, OutputStream out) throws IOException {
        writeCsv(filter, Locale.ENGLISH, out);
    }

    /**
     * Writes the 4W table, UTF-8, one row per project: the header row in the reader's language (people read
     * it), the HXL hashtag row under it the same in every language (programs read that, and the import
     * finds its columns by it).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeCsv(ProjectFilter filter, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (HxlWriter hxl = HxlWriter.of(
                writer,
                COLUMNS.stream().map(c -> Texts.get(locale, c.header())).toList(),
                COLUMNS.stream().map(c -> HxlTag.parse(c.tag())).toList())) {
            // written as the projects are read, a page at a time
            forEachRow(filter, row -> {
                try {
                    hxl.row(COLUMNS.stream()
                            .map(c -> c.value().apply(row))
                            .map(v -> v == null ? "" : v)
                            .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Writes a GeoJSON FeatureCollection: a Point per project with a location that may be shown, a null
     * geometry otherwise; the 4W fields as properties named by their hashtags.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void writeGeoJson(ProjectFilter filter, OutputStream out) throws IOException {
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        List<Row> rows = new ArrayList<>();
        forEachRow(filter, rows::add);
        for (Row row : rows) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", row.project().id());
            var location = row.project().data().location();
            if (location == null || row.hideLocation()) {
                feature.putNull("geometry");
            } else {
                ObjectNode point = feature.putObject("geometry");
                point.put("type", "Point");
                point.putArray("coordinates").add(location.lon()).add(location.lat());
            }
            ObjectNode properties = feature.putObject("properties");
            for (Column column : COLUMNS) {
                if (!column.tag().startsWith("#geo")) {
                    String value = column.value().apply(row);
                    if (value == null) {
                        properties.putNull(column.tag());
                    } else {
                        properties.put(column.tag(), value);
                    }
                }
            }
            properties.put("dimension", row.project().data().dimension().name());
            properties.put("progress", row.project().data().progressPercent());
        }
        json.writeValue(out, collection);
    }

    /** Every row the filter gives, at most {@link #MAX_ROWS}, read a page at a time. */
    private void forEachRow(ProjectFilter filter, Consumer<Row> each) {
        boolean suppress = smallCounts.mustSuppress();
        int read = 0;
        List<Project> page;
        do {
            page = projects.list(filter, read, Math.min(PAGE, MAX_ROWS - read));
            for (Project project : page) {
                PCode area = project.data().area();
                PCode parent = hierarchy.parentOf(area).orElse(null);
                boolean areaIsAdm2 =
                        parent != null && hierarchy.parentOf(parent).isPresent();
                each.accept(new Row(
                        project,
                        areaIsAdm2 ? parent : area,
                        areaIsAdm2 ? area : null,
                        suppress && project.data().confidential(),
                        suppress));
            }
            read += page.size();
        } while (page.size() == PAGE && read < MAX_ROWS);
    }

    private static String count(Row row, Integer people) {
        if (people == null) {
            return null;
        }
        boolean small = people > 0 && people < SmallCounts.THRESHOLD;
        return SmallCounts.text(row.suppress() && small ? SmallCounts.FEWER_THAN_FIVE : people);
    }

    /** The sector a 4W row shows: the project's own, or else its dimension's name. */
    static String sector(Project project) {
        return project.data().sector() != null
                ? project.data().sector()
                : project.data().dimension().name().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= ProjectData.TEXT_MAX ? line : line.substring(0, ProjectData.TEXT_MAX);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
