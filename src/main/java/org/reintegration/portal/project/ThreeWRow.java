package org.reintegration.portal.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.interop.hxl.Cell;

/**
 * One project read from a 3W/4W table ("who does what where", and "when").
 *
 * @param area     the deepest admin area the row names
 * @param codeCell where the project code is, to name it in messages about stored projects
 */
public record ThreeWRow(
        int line,
        String code,
        String title,
        String partner,
        String funder,
        String sector,
        String activity,
        ProjectStatus status,
        LocalDate start,
        LocalDate end,
        PCode area,
        String locationName,
        LatLon location,
        Integer targeted,
        Integer targetedReturnees,
        Integer reached,
        BigDecimal budget,
        BigDecimal spent,
        String currency,
        Cell codeCell) {}
