package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.monitoring.IndicatorService;
import org.reintegration.portal.security.Role;

/** The programme's own indicators of the results framework, and the IATI download of all projects. */
@Route("indicators")
@RolesAllowed(Role.STAFF_NAME)
public class ProgrammeIndicatorsView extends VerticalLayout implements HasPageHeading {

    final IndicatorSection section;

    public ProgrammeIndicatorsView(IndicatorService indicators, Clock clock) {
        Anchor iati = new Anchor("export/iati/activities.xml", getTranslation("indicators.export-iati"));
        iati.setRouterIgnore(true);
        iati.setId("export-iati-all");
        section = new IndicatorSection(indicators, null, true, () -> LocalDate.now(clock), indicators::ofProgramme);
        add(new Paragraph(getTranslation("indicators.programme.intro")), iati, section);
        section.refresh();
    }

    @Override
    public String pageHeading() {
        return getTranslation("indicators.programme.title");
    }
}
