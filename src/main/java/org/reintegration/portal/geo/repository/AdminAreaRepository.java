package org.reintegration.portal.geo.repository;

import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA;
import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA_NAME;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaData;
import org.reintegration.portal.geo.AreaOutlineVersion;
import org.reintegration.portal.geo.AreaShape;
import org.reintegration.portal.geo.GeoBounds;
import org.springframework.stereotype.Repository;

@Repository
public class AdminAreaRepository {

    private final DSLContext db;

    AdminAreaRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<AdminArea> find(PCode pcode) {
        return db.select(areaFields())
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.PCODE.eq(pcode.value()))
                .fetchOptional(r -> toArea(r, otherNames(List.of(pcode.value()))));
    }

    /** Areas of one level, optionally only those listed, ordered by name. */
    public List<AdminArea> findByLevel(int level, Collection<PCode> onlyThese) {
        var rows = db.select(areaFields())
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.ADMIN_LEVEL.eq((byte) level))
                .and(within(onlyThese))
                .orderBy(ADMIN_AREA.NAME)
                .fetch();
        Map<String, Map<String, String>> names = otherNames(rows.map(r -> r.get(ADMIN_AREA.PCODE)));
        return rows.map(r -> toArea(r, names));
    }

    /**
     * Areas down to a level whose name, in any language, contains the text; the database's collation ignores
     * case and accents.
     */
    public List<AdminArea> findNamed(String nameContains, int deepestLevel) {
        var rows = db.select(areaFields())
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.ADMIN_LEVEL.le((byte) deepestLevel))
                .and(ADMIN_AREA
                        .NAME
                        .contains(nameContains)
                        .or(DSL.exists(DSL.selectOne()
                                .from(ADMIN_AREA_NAME)
                                .where(ADMIN_AREA_NAME.PCODE.eq(ADMIN_AREA.PCODE))
                                .and(ADMIN_AREA_NAME.NAME.contains(nameContains)))))
                .fetch();
        Map<String, Map<String, String>> names = otherNames(rows.map(r -> r.get(ADMIN_AREA.PCODE)));
        return rows.map(r -> toArea(r, names));
    }

    /** These areas, those that exist. */
    public List<AdminArea> findAll(Collection<PCode> pcodes) {
        if (pcodes.isEmpty()) {
            return List.of();
        }
        var rows =
                db.select(areaFields()).from(ADMIN_AREA).where(within(pcodes)).fetch();
        Map<String, Map<String, String>> names = otherNames(rows.map(r -> r.get(ADMIN_AREA.PCODE)));
        return rows.map(r -> toArea(r, names));
    }

    public List<AreaShape> findShapesByLevel(int level, Collection<PCode> onlyThese) {
        var rows = db.select(areaFields())
                .select(ADMIN_AREA.GEOMETRY)
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.ADMIN_LEVEL.eq((byte) level))
                .and(ADMIN_AREA.GEOMETRY.isNotNull())
                .and(within(onlyThese))
                .orderBy(ADMIN_AREA.PCODE)
                .fetch();
        Map<String, Map<String, String>> names = otherNames(rows.map(r -> r.get(ADMIN_AREA.PCODE)));
        return rows.map(r -> new AreaShape(toArea(r, names), r.get(ADMIN_AREA.GEOMETRY)));
    }

    /** Like {@link #findShapesByLevel} without the outlines: each area with when its outline was stored. */
    public List<AreaOutlineVersion> findOutlineVersionsByLevel(int level, Collection<PCode> onlyThese) {
        var rows = db.select(areaFields())
                .select(ADMIN_AREA.UPDATED_AT)
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.ADMIN_LEVEL.eq((byte) level))
                .and(ADMIN_AREA.GEOMETRY.isNotNull())
                .and(within(onlyThese))
                .orderBy(ADMIN_AREA.PCODE)
                .fetch();
        Map<String, Map<String, String>> names = otherNames(rows.map(r -> r.get(ADMIN_AREA.PCODE)));
        return rows.map(r -> new AreaOutlineVersion(toArea(r, names), r.get(ADMIN_AREA.UPDATED_AT)));
    }

    /** The stored outlines (GeoJSON) of these areas, those that have one. */
    public Map<PCode, String> findGeometries(Collection<PCode> pcodes) {
        if (pcodes.isEmpty()) {
            return Map.of();
        }
        return db.select(ADMIN_AREA.PCODE, ADMIN_AREA.GEOMETRY)
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.PCODE.in(pcodes.stream().map(PCode::value).toList()))
                .and(ADMIN_AREA.GEOMETRY.isNotNull())
                .fetchMap(r -> PCode.of(r.value1()), r -> r.value2());
    }

    public Optional<String> findGeometry(PCode pcode) {
        return db.select(ADMIN_AREA.GEOMETRY)
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.PCODE.eq(pcode.value()))
                .and(ADMIN_AREA.GEOMETRY.isNotNull())
                .fetchOptional(r -> r.value1());
    }

    /** Every area's parent, by P-code (countries map to null). */
    public Map<PCode, PCode> parentIndex() {
        Map<PCode, PCode> parents = new HashMap<>();
        db.select(ADMIN_AREA.PCODE, ADMIN_AREA.PARENT_PCODE)
                .from(ADMIN_AREA)
                .forEach(r -> parents.put(PCode.of(r.value1()), r.value2() == null ? null : PCode.of(r.value2())));
        return parents;
    }

    /** The stored level of each of the given areas that exists. */
    public Map<PCode, Integer> levelsOf(Collection<PCode> pcodes) {
        return db.select(ADMIN_AREA.PCODE, ADMIN_AREA.ADMIN_LEVEL)
                .from(ADMIN_AREA)
                .where(ADMIN_AREA.PCODE.in(pcodes.stream().map(PCode::value).toList()))
                .fetchMap(r -> PCode.of(r.value1()), r -> r.value2().intValue());
    }

    public int count() {
        return db.fetchCount(ADMIN_AREA);
    }

    /** Inserts the area or replaces what is stored under its P-code. */
    public void upsert(AdminAreaData area, String source, LocalDateTime now) {
        GeoBounds b = area.bounds();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ADMIN_AREA.NAME, area.name());
        values.put(ADMIN_AREA.ADMIN_LEVEL, (byte) area.level());
        values.put(
                ADMIN_AREA.PARENT_PCODE,
                area.parent() == null ? null : area.parent().value());
        values.put(ADMIN_AREA.COUNTRY_PCODE, area.country().value());
        values.put(ADMIN_AREA.GEOMETRY, area.geometryJson());
        values.put(ADMIN_AREA.MIN_LAT, b == null ? null : decimal(b.south()));
        values.put(ADMIN_AREA.MIN_LON, b == null ? null : decimal(b.west()));
        values.put(ADMIN_AREA.MAX_LAT, b == null ? null : decimal(b.north()));
        values.put(ADMIN_AREA.MAX_LON, b == null ? null : decimal(b.east()));
        values.put(ADMIN_AREA.VALID_ON, area.validOn());
        values.put(ADMIN_AREA.SOURCE, source);
        values.put(ADMIN_AREA.UPDATED_AT, now);
        db.insertInto(ADMIN_AREA)
                .set(ADMIN_AREA.PCODE, area.pcode().value())
                .set(values)
                .onDuplicateKeyUpdate()
                .set(values)
                .execute();
        db.deleteFrom(ADMIN_AREA_NAME)
                .where(ADMIN_AREA_NAME.PCODE.eq(area.pcode().value()))
                .execute();
        area.otherNames().forEach((language, name) -> db.insertInto(ADMIN_AREA_NAME)
                .set(ADMIN_AREA_NAME.PCODE, area.pcode().value())
                .set(ADMIN_AREA_NAME.LANGUAGE, language)
                .set(ADMIN_AREA_NAME.NAME, name)
                .execute());
    }

    private static Condition within(Collection<PCode> onlyThese) {
        return onlyThese == null
                ? DSL.noCondition()
                : ADMIN_AREA.PCODE.in(onlyThese.stream().map(PCode::value).collect(Collectors.toSet()));
    }

    private static List<Field<?>> areaFields() {
        return List.of(
                ADMIN_AREA.PCODE,
                ADMIN_AREA.NAME,
                ADMIN_AREA.ADMIN_LEVEL,
                ADMIN_AREA.PARENT_PCODE,
                ADMIN_AREA.COUNTRY_PCODE,
                ADMIN_AREA.MIN_LAT,
                ADMIN_AREA.MIN_LON,
                ADMIN_AREA.MAX_LAT,
                ADMIN_AREA.MAX_LON,
                ADMIN_AREA.VALID_ON);
    }

    private Map<String, Map<String, String>> otherNames(Collection<String> pcodes) {
        Map<String, Map<String, String>> names = new HashMap<>();
        if (pcodes.isEmpty()) {
            return names;
        }
        db.select(ADMIN_AREA_NAME.PCODE, ADMIN_AREA_NAME.LANGUAGE, ADMIN_AREA_NAME.NAME)
                .from(ADMIN_AREA_NAME)
                .where(ADMIN_AREA_NAME.PCODE.in(Set.copyOf(pcodes)))
                .forEach(r ->
                        names.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return names;
    }

    private static AdminArea toArea(Record r, Map<String, Map<String, String>> names) {
        String pcode = r.get(ADMIN_AREA.PCODE);
        BigDecimal south = r.get(ADMIN_AREA.MIN_LAT);
        GeoBounds bounds = south == null
                ? null
                : new GeoBounds(
                        south.doubleValue(),
                        r.get(ADMIN_AREA.MIN_LON).doubleValue(),
                        r.get(ADMIN_AREA.MAX_LAT).doubleValue(),
                        r.get(ADMIN_AREA.MAX_LON).doubleValue());
        String parent = r.get(ADMIN_AREA.PARENT_PCODE);
        return new AdminArea(
                PCode.of(pcode),
                r.get(ADMIN_AREA.NAME),
                r.get(ADMIN_AREA.ADMIN_LEVEL),
                parent == null ? null : PCode.of(parent),
                PCode.of(r.get(ADMIN_AREA.COUNTRY_PCODE)),
                bounds,
                r.get(ADMIN_AREA.VALID_ON),
                names.getOrDefault(pcode, Map.of()));
    }

    private static BigDecimal decimal(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, java.math.RoundingMode.HALF_UP);
    }
}
