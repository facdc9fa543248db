package org.reintegration.portal.returnees;

/**
 * The figures of one returnee count, as a correction states them: individuals, and the parts that were counted
 * (null where not counted). Checked like a count's figures: none negative, no part larger than the whole.
 */
public record ReturneeFigures(int individuals, Integer households, Integer females, Integer males, Integer fromAbroad) {

    public ReturneeFigures {
        check("individuals", individuals);
        check("households", households);
        check("females", females);
        check("males", males);
        check("fromAbroad", fromAbroad);
        var inconsistency = ReturneeCountData.inconsistency(individuals, households, females, males, fromAbroad);
        if (inconsistency != null) {
            throw new IllegalArgumentException(inconsistency.english());
        }
    }

    /** The figures of a stored count. */
    public static ReturneeFigures of(ReturneeCountData data) {
        return new ReturneeFigures(
                data.individuals(), data.households(), data.females(), data.males(), data.fromAbroad());
    }

    /** The count with these figures instead of its own. */
    public ReturneeCountData applyTo(ReturneeCountData data) {
        return new ReturneeCountData(
                data.area(),
                data.communityId(),
                data.periodLabel(),
                data.periodEnd(),
                individuals,
                households,
                females,
                males,
                fromAbroad,
                data.source());
    }

    private static void check(String field, Integer count) {
        if (count != null && count < 0) {
            throw new IllegalArgumentException(field + ": a count cannot be negative: " + count);
        }
    }
}
