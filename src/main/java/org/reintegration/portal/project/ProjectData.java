package org.reintegration.portal.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.OptionalText;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Beneficiaries;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;

/**
 * What staff enter or an import brings for a project. Shape is checked here; the limits are constants
 * forms reuse.
 *
 * @param code           the programme's project code (3W tables identify projects by it), or null
 * @param communityId    the community, or null for a project known only by its area and place name
 * @param area           the community's area, or the area a 3W row names
 * @param locationName   the place's name when no community is linked
 * @param type           the initiative type, or null for projects whose type was not recorded
 * @param sector         the sector as a 3W table names it, or null
 * @param title          required, except in {@link #withoutConfidentialDetails()}
 * @param progressPercent 0 to 100; ignored when {@code progressFromMilestones}
 */
public record ProjectData(
        String code,
        Long communityId,
        PCode area,
        String locationName,
        Dimension dimension,
        InitiativeType type,
        String sector,
        String title,
        String description,
        String implementingPartner,
        String funder,
        ProjectStatus status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        int progressPercent,
        boolean progressFromMilestones,
        LatLon location,
        boolean confidential,
        Beneficiaries beneficiaries,
        Integer targetedPeople,
        Integer targetedReturnees,
        Integer reachedPeople,
        BigDecimal budget,
        BigDecimal spent,
        String currency) {

    public static final int CODE_MAX = 60;
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    public ProjectData {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(status, "status");
        code = OptionalText.of(code, CODE_MAX, "code");
        title = OptionalText.of(title, TITLE_MAX, "title");
        // Only the view of a confidential project outside staff roles goes without title (and point).
        if (title == null && !(confidential && location == null)) {
            throw new IllegalArgumentException("title: required");
        }
        locationName = OptionalText.of(locationName, TEXT_MAX, "locationName");
        sector = OptionalText.of(sector, TEXT_MAX, "sector");
        description = OptionalText.of(description, DESCRIPTION_MAX, "description");
        implementingPartner = OptionalText.of(implementingPartner, TEXT_MAX, "implementingPartner");
        funder = OptionalText.of(funder, TEXT_MAX, "funder");
        if (type != null && type.dimension() != dimension) {
            throw new IllegalArgumentException("type: " + type + " is not of the dimension " + dimension);
        }
        if (progressPercent < 0 || progressPercent > 100) {
            throw new IllegalArgumentException("progressPercent: 0 to 100");
        }
        if (negative(targetedPeople) || negative(targetedReturnees) || negative(reachedPeople)) {
            throw new IllegalArgumentException("people counts cannot be negative");
        }
        if ((budget != null && budget.signum() < 0) || (spent != null && spent.signum() < 0)) {
            throw new IllegalArgumentException("amounts cannot be negative");
        }
        // One scale, so that an amount read back from the database equals the one recorded.
        budget = cents(budget, "budget");
        spent = cents(spent, "spent");
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: three capital letters, such as USD");
        }
    }

    /** The same project at another stage: status, actual dates and progress. */
    public ProjectData withProgress(
            ProjectStatus status,
            LocalDate actualStart,
            LocalDate actualEnd,
            int progressPercent,
            boolean progressFromMilestones) {
        return copy(status, actualStart, actualEnd, progressPercent, progressFromMilestones, location);
    }

    /** The same project without its own point, as readers who may not see a confidential point get it. */
    public ProjectData withoutPoint() {
        return copy(status, actualStart, actualEnd, progressPercent, progressFromMilestones, null);
    }

    /**
     * The same project without what readers outside staff may not see of a confidential one: title,
     * type, description and its own point ({@link ProjectVisibility}).
     */
    public ProjectData withoutConfidentialDetails() {
        return new ProjectData(
                code,
                communityId,
                area,
                locationName,
                dimension,
                null,
                sector,
                null,
                null,
                implementingPartner,
                funder,
                status,
                plannedStart,
                plannedEnd,
                actualStart,
                actualEnd,
                progressPercent,
                progressFromMilestones,
                null,
                confidential,
                beneficiaries,
                targetedPeople,
                targetedReturnees,
                reachedPeople,
                budget,
                spent,
                currency);
    }

    private ProjectData copy(
            ProjectStatus status,
            LocalDate actualStart,
            LocalDate actualEnd,
            int progressPercent,
            boolean progressFromMilestones,
            LatLon location) {
        return new ProjectData(
                code,
                communityId,
                area,
                locationName,
                dimension,
                type,
                sector,
                title,
                description,
                implementingPartner,
                funder,
                status,
                plannedStart,
                plannedEnd,
                actualStart,
                actualEnd,
                progressPercent,
                progressFromMilestones,
                location,
                confidential,
                beneficiaries,
                targetedPeople,
                targetedReturnees,
                reachedPeople,
                budget,
                spent,
                currency);
    }

    /** The dates that contradict each other, as a form field name, or null when they agree. */
    public String dateConflict() {
        if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            return "plannedEnd";
        }
        if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
            return "actualEnd";
        }
        return null;
    }

    private static BigDecimal cents(BigDecimal amount, String field) {
        try {
            return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDecimals) {
            throw new IllegalArgumentException(field + ": at most 2 decimals");
        }
    }

    private static boolean negative(Integer count) {
        return count != null && count < 0;
    }
}
