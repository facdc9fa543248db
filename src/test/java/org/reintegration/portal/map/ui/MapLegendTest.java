package org.reintegration.portal.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.map.AreaValue;
import org.reintegration.portal.map.Choropleth;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.Measure;

class MapLegendTest {

    @Test
    void legend_classes_never_share_a_number() {
        // quantile classes of counts: 1,185 alone, then 1,190 to 1,624 (1,185 is not in the second class)
        Choropleth choropleth = choropleth(List.of(1185.0, 1624.0, 2100.0), 1185, 1185, 1190, 1624, 2000, 2100);

        List<String> labels = MapLegend.classLabels(choropleth, NumberFormat.getIntegerInstance(Locale.ENGLISH));

        assertThat(labels).containsExactly("1,185", "1,190 – 1,624", "2,000 – 2,100");
    }

    @Test
    void a_class_starting_just_above_the_previous_one_reads_as_above_it_once_rounded() {
        Choropleth choropleth = choropleth(List.of(3.41, 7.0), 1.2, 3.41, 3.43, 7.0);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);

        List<String> labels = MapLegend.classLabels(choropleth, format);

        assertThat(labels).containsExactly("1.2 – 3.4", "> 3.4 – 7");
    }

    private static Choropleth choropleth(List<Double> breaks, double... drawn) {
        List<AreaValue> values = new ArrayList<>();
        int i = 0;
        for (double value : drawn) {
            int classIndex = 0;
            while (value > breaks.get(classIndex)) {
                classIndex++;
            }
            values.add(new AreaValue(PCode.of("GN00" + (++i)), (long) value, false, false, null, value, classIndex));
        }
        return new Choropleth(1, Measure.ABSOLUTE, Classification.QUANTILES, null, List.of(), drawn[0], breaks, values);
    }
}
