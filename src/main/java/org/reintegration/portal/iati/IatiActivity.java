package org.reintegration.portal.iati;

import java.util.List;
import java.util.Objects;
import org.reintegration.portal.monitoring.IndicatorProgress;
import org.reintegration.portal.project.Project;

/** Everything the export says of one project: the project, its money movements and its indicators. */
record IatiActivity(Project project, List<IatiTransaction> transactions, List<IndicatorProgress> indicators) {

    IatiActivity {
        Objects.requireNonNull(project, "project");
        transactions = List.copyOf(transactions);
        indicators = List.copyOf(indicators);
    }
}
