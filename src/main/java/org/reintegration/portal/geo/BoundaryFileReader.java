package org.reintegration.portal.geo;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads COD-AB admin boundaries from a GeoJSON FeatureCollection, in either attribute schema found in
 * OCHA's datasets: the current one ({@code ADM1_PCODE}, {@code ADM1_EN}, {@code ADM1_AR} …) and the
 * legacy one ({@code admin1Pcod}, {@code admin1Name} …). The level of a feature is the deepest level
 * whose P-code it carries.
 *
 * <p>Pure: no database. A file with any problem is rejected whole, every problem named by feature.
 */
public final class BoundaryFileReader {

    private static final Logger log = LoggerFactory.getLogger(BoundaryFileReader.class);
    private static final int MAX_REPORTED_PROBLEMS = 30;
    private static final Pattern CURRENT_NAME = Pattern.compile("ADM(\\d)_([A-Z]{2})");
    private static final List<String> NAME_PREFERENCE = List.of("en", "fr", "pt", "es");

    private final JsonMapper json = JsonMapper.builder().build();

    /** The areas of a file and the ancestors its attributes name but whose shapes it lacks. */
    public record BoundaryFile(List<AdminAreaData> areas, List<AdminAreaData> namedAncestors) {}

    public BoundaryFile read(InputStream in, String fileName) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            var where = e.getLocation();
            // The parser's own words are English and name its internals: they go to the log; the reader gets where.
            log.info("Boundary file {} is not valid JSON: {}", fileName, e.getOriginalMessage());
            throw new ImportRejectedException(
                    fileName,
                    "is not valid JSON",
                    List.of(
                            where == null || where.getLineNr() < 1
                                    ? ImportProblem.inFile("import.geo.not-json-file")
                                    : new ImportProblem(
                                            where.getLineNr(),
                                            Math.max(where.getColumnNr(), 0),
                                            ProblemText.of(
                                                    "import.at.column",
                                                    String.valueOf(where.getLineNr()),
                                                    String.valueOf(where.getColumnNr()),
                                                    ProblemText.of("import.geo.not-json-here")))),
                    1);
        }
        if (root == null || !"FeatureCollection".equals(text(root, "type"))) {
            throw new ImportRejectedException(
                    fileName,
                    "is not a GeoJSON FeatureCollection",
                    List.of(ImportProblem.inFile("import.geo.not-feature-collection")),
                    1);
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new ImportRejectedException(
                    fileName, "has no features", List.of(ImportProblem.inFile("import.geo.no-features")), 1);
        }

        List<ImportProblem> problems = new ArrayList<>();
        Map<String, AdminAreaData> areas = new LinkedHashMap<>();
        Map<String, AdminAreaData> ancestors = new LinkedHashMap<>();
        // COD-AB files hold one level each: the deepest level any feature carries is the file's level.
        int fileLevel = -1;
        for (JsonNode feature : features) {
            JsonNode props = feature.get("properties");
            if (props != null && props.isObject()) {
                fileLevel = Math.max(fileLevel, AttributeSchema.of(props).deepestLevel(props));
            }
        }
        int index = 0;
        for (JsonNode feature : features) {
            index++;
            readFeature(feature, index, fileLevel, areas, ancestors, problems);
        }
        ancestors.keySet().removeAll(areas.keySet());
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(
                    fileName, problems.subList(0, Math.min(problems.size(), MAX_REPORTED_PROBLEMS)), problems.size());
        }
        return new BoundaryFile(List.copyOf(areas.values()), List.copyOf(ancestors.values()));
    }

    private void readFeature(
            JsonNode feature,
            int index,
            int fileLevel,
            Map<String, AdminAreaData> areas,
            Map<String, AdminAreaData> ancestors,
            List<ImportProblem> problems) {
        JsonNode props = feature.get("properties");
        ProblemText numbered = ProblemText.of("import.geo.feature", String.valueOf(index));
        if (props == null || !props.isObject()) {
            problems.add(problem(numbered, ProblemText.of("import.geo.no-properties")));
            return;
        }
        AttributeSchema schema = AttributeSchema.of(props);
        int level = schema.deepestLevel(props);
        if (level < 0) {
            problems.add(problem(numbered, ProblemText.of("import.geo.no-pcode")));
            return;
        }
        if (level < fileLevel) {
            problems.add(problem(
                    numbered,
                    ProblemText.of(
                            "import.geo.level-attribute-missing",
                            schema.pcodeAttribute(fileLevel),
                            String.valueOf(fileLevel))));
            return;
        }
        String pcodeText = schema.pcode(props, level);
        Map<String, String> names = schema.names(props, level);
        ProblemText label = ProblemText.of(
                "import.geo.feature-named",
                String.valueOf(index),
                pcodeText + (names.isEmpty() ? "" : " " + defaultName(names)));
        List<ImportProblem> featureProblems = new ArrayList<>();

        List<PCode> chain = new ArrayList<>(); // P-codes from the country down to this feature
        for (int l = 0; l <= level; l++) {
            String code = schema.pcode(props, l);
            if (code == null || code.isBlank()) {
                featureProblems.add(
                        problem(label, ProblemText.of("import.geo.level-pcode-missing", String.valueOf(l))));
            } else if (!PCode.isValid(code)) {
                featureProblems.add(problem(label, ProblemText.of("import.geo.invalid-pcode", code)));
            } else {
                PCode pcode = PCode.of(code);
                if (!chain.isEmpty() && !code.startsWith(chain.getLast().value())) {
                    featureProblems.add(problem(
                            label,
                            ProblemText.of(
                                    "import.geo.outside-parent",
                                    code,
                                    chain.getLast().value())));
                }
                chain.add(pcode);
            }
        }
        if (names.isEmpty()) {
            featureProblems.add(problem(label, ProblemText.of("import.geo.no-name", String.valueOf(level))));
        } else if (defaultName(names).length() > AdminAreaData.NAME_MAX) {
            featureProblems.add(
                    problem(label, ProblemText.of("import.geo.name-too-long", String.valueOf(AdminAreaData.NAME_MAX))));
        }
        GeometryCheck geometry = GeometryCheck.of(feature.get("geometry"));
        geometry.problem().ifPresent(p -> featureProblems.add(problem(label, p)));
        if (chain.size() == level + 1 && areas.containsKey(pcodeText)) {
            featureProblems.add(problem(label, ProblemText.of("import.geo.pcode-twice", pcodeText)));
        }
        if (!featureProblems.isEmpty()) {
            problems.addAll(featureProblems);
            return;
        }

        PCode country = chain.getFirst();
        for (int l = 0; l < level; l++) {
            Map<String, String> ancestorNames = schema.names(props, l);
            String name = ancestorNames.isEmpty() ? chain.get(l).value() : defaultName(ancestorNames);
            ancestors.putIfAbsent(
                    chain.get(l).value(),
                    new AdminAreaData(
                            chain.get(l),
                            name,
                            l,
                            l == 0 ? null : chain.get(l - 1),
                            country,
                            null,
                            null,
                            null,
                            otherNames(ancestorNames, name)));
        }
        String name = defaultName(names);
        areas.put(
                pcodeText,
                new AdminAreaData(
                        chain.get(level),
                        name,
                        level,
                        level == 0 ? null : chain.get(level - 1),
                        country,
                        geometry.json(),
                        geometry.bounds(),
                        validOn(props),
                        otherNames(names, name)));
    }

    private static String defaultName(Map<String, String> names) {
        for (String language : NAME_PREFERENCE) {
            if (names.containsKey(language)) {
                return names.get(language);
            }
        }
        return names.values().iterator().next();
    }

    private static Map<String, String> otherNames(Map<String, String> names, String defaultName) {
        Map<String, String> others = new LinkedHashMap<>(names);
        others.values().removeIf(defaultName::equals);
        return others;
    }

    private static LocalDate validOn(JsonNode props) {
        String value = text(props, "validOn");
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString().strip();
    }

    /** The two attribute schemas of COD-AB files. */
    private enum AttributeSchema {
        CURRENT {
            @Override
            String pcode(JsonNode props, int level) {
                return text(props, pcodeAttribute(level));
            }

            @Override
            Map<String, String> names(JsonNode props, int level) {
                Map<String, String> names = new LinkedHashMap<>();
                for (var entry : props.properties()) {
                    Matcher m = CURRENT_NAME.matcher(entry.getKey());
                    if (m.matches()
                            && Integer.parseInt(m.group(1)) == level
                            && !m.group(2).equals("PC")) {
                        String value = entry.getValue().isNull()
                                ? ""
                                : entry.getValue().asString().strip();
                        if (!value.isEmpty()) {
                            names.put(m.group(2).toLowerCase(), value);
                        }
                    }
                }
                return names;
            }
        },
        LEGACY {
            @Override
            String pcode(JsonNode props, int level) {
                return text(props, pcodeAttribute(level));
            }

            @Override
            Map<String, String> names(JsonNode props, int level) {
                String name = text(props, "admin" + level + "Name");
                return name == null || name.isEmpty() ? Map.of() : Map.of("en", name);
            }
        };

        abstract String pcode(JsonNode props, int level);

        String pcodeAttribute(int level) {
            return this == CURRENT ? "ADM" + level + "_PCODE" : "admin" + level + "Pcod";
        }

        abstract Map<String, String> names(JsonNode props, int level);

        int deepestLevel(JsonNode props) {
            for (int level = AdminAreaData.MAX_LEVEL; level >= 0; level--) {
                String code = pcode(props, level);
                if (code != null && !code.isEmpty()) {
                    return level;
                }
            }
            return -1;
        }

        static AttributeSchema of(JsonNode props) {
            for (int level = 0; level <= AdminAreaData.MAX_LEVEL; level++) {
                if (props.has("admin" + level + "Pcod")) {
                    return LEGACY;
                }
            }
            return CURRENT;
        }
    }

    /** Checks a GeoJSON Polygon or MultiPolygon and measures its bounds. */
    /** A problem of one feature, named by its number in the file (and its P-code and name when it has them). */
    private static ImportProblem problem(ProblemText feature, ProblemText what) {
        return ImportProblem.inFile("import.geo.feature-problem", feature, what);
    }

    private record GeometryCheck(String json, GeoBounds bounds, Optional<ProblemText> problem) {

        static GeometryCheck of(JsonNode geometry) {
            if (geometry == null || geometry.isNull()) {
                return failed(ProblemText.of("import.geo.no-geometry"));
            }
            String type = text(geometry, "type");
            JsonNode coordinates = geometry.get("coordinates");
            if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
                return failed(ProblemText.of("import.geo.geometry-type", String.valueOf(type)));
            }
            if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
                return failed(ProblemText.of("import.geo.no-coordinates", type));
            }
            Bounds box = new Bounds();
            ProblemText problem =
                    "Polygon".equals(type) ? checkPolygon(coordinates, box) : checkMultiPolygon(coordinates, box);
            if (problem != null) {
                return failed(problem);
            }
            return new GeometryCheck(geometry.toString(), box.toGeoBounds(), Optional.empty());
        }

        private static GeometryCheck failed(ProblemText problem) {
            return new GeometryCheck(null, null, Optional.of(problem));
        }

        private static ProblemText checkMultiPolygon(JsonNode polygons, Bounds box) {
            for (JsonNode polygon : polygons) {
                if (!polygon.isArray() || polygon.isEmpty()) {
                    return ProblemText.of("import.geo.polygon-without-rings");
                }
                ProblemText problem = checkPolygon(polygon, box);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }

        private static ProblemText checkPolygon(JsonNode rings, Bounds box) {
            for (JsonNode ring : rings) {
                if (!ring.isArray() || ring.size() < 4) {
                    return ProblemText.of("import.geo.ring-too-short");
                }
                for (JsonNode position : ring) {
                    if (!position.isArray()
                            || position.size() < 2
                            || !position.get(0).isNumber()
                            || !position.get(1).isNumber()) {
                        return ProblemText.of("import.geo.not-a-position", position.toString());
                    }
                    double lon = position.get(0).asDouble();
                    double lat = position.get(1).asDouble();
                    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                        return ProblemText.of("import.geo.position-outside", position.toString());
                    }
                    box.add(lat, lon);
                }
                if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                    return ProblemText.of("import.geo.ring-open");
                }
            }
            return null;
        }
    }

    private static final class Bounds {
        private double south = 90, west = 180, north = -90, east = -180;

        void add(double lat, double lon) {
            south = Math.min(south, lat);
            north = Math.max(north, lat);
            west = Math.min(west, lon);
            east = Math.max(east, lon);
        }

        GeoBounds toGeoBounds() {
            return new GeoBounds(south, west, north, east);
        }
    }
}
