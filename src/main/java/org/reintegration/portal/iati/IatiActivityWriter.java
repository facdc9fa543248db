package org.reintegration.portal.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.reintegration.portal.monitoring.Actual;
import org.reintegration.portal.monitoring.IndicatorData;
import org.reintegration.portal.monitoring.IndicatorProgress;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectStatus;

/**
 * Writes projects as an IATI 2.03 {@code iati-activities} document, in the order the schema asks for.
 * Pure Java: what to write comes in, XML goes out. The choices (identifiers, status, sectors,
 * locations, small counts) are explained in docs/adr/0009-iati-mapping.md.
 */
final class IatiActivityWriter {

    /** Parts of a disaggregated count below this are left out, as the portal shows "<5" outside staff. */
    static final int SMALL_COUNT = 5;

    private static final String WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    private final ReportingOrg org;
    private final ResourceBundle english;

    IatiActivityWriter(ReportingOrg org) {
        this.org = org;
        // English names of starter indicators and units, from the interface's own bundle
        this.english = ResourceBundle.getBundle(
                "vaadin-i18n.translations",
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The IATI activity identifier of a project: the reporting organisation's ref, then the project code. */
    String identifier(Project project) {
        String code = project.data().code() != null ? project.data().code() : "P" + project.id();
        return org.ref() + "-" + code.replaceAll("\\s+", "-");
    }

    /** The IATI ActivityStatus code of a project status. */
    static String statusCode(ProjectStatus status) {
        return switch (status) {
            case PLANNED -> "1";
            case ONGOING -> "2";
            // The portal does not know whether financial sign-off is done: "Finalisation", not "Closed"
            case COMPLETED -> "3";
            case CANCELLED -> "5";
            case SUSPENDED -> "6";
        };
    }

    void write(List<IatiActivity> activities, LocalDateTime generated, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = start(generated, out);
        for (IatiActivity activity : activities) {
            activity(xml, activity);
        }
        end(xml);
    }

    /** Opens a document on the stream; {@link #write(XMLStreamWriter, IatiActivity)} adds its activities. */
    XMLStreamWriter start(LocalDateTime generated, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", dateTime(generated));
        return xml;
    }

    void write(XMLStreamWriter xml, IatiActivity activity) throws XMLStreamException {
        activity(xml, activity);
    }

    /** Closes the document (the stream stays open). */
    void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void activity(XMLStreamWriter xml, IatiActivity activity) throws XMLStreamException {
        Project project = activity.project();
        ProjectData d = project.data();
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", dateTime(project.updatedAt()));
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
        if (d.currency() != null) {
            xml.writeAttribute("default-currency", d.currency());
        }
        text(xml, "iati-identifier", identifier(project));

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", org.ref());
        xml.writeAttribute("type", org.type());
        narrative(xml, org.name());
        xml.writeEndElement();

        withNarrative(xml, "title", d.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, d.description() != null ? d.description() : d.title());
        xml.writeEndElement();

        if (d.funder() != null) {
            participatingOrg(xml, "1", null, null, d.funder());
        }
        participatingOrg(xml, "2", org.ref(), org.type(), org.name());
        if (d.implementingPartner() != null) {
            participatingOrg(xml, "4", null, null, d.implementingPartner());
        }

        empty(xml, "activity-status", "code", statusCode(d.status()));
        activityDates(xml, project);

        String country = d.area().value().substring(0, 2);
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", country);
        xml.writeAttribute("percentage", "100");

        location(xml, project, country);

        String sector = DacSector.of(d.type(), d.dimension());
        sector(xml, sector, "50");
        sector(xml, DacSector.MIGRATION, "50");

        budget(xml, d);
        List<IatiTransaction> transactions = activity.transactions().stream()
                .sorted(Comparator.comparing(IatiTransaction::date))
                .toList();
        for (IatiTransaction t : transactions) {
            transaction(xml, t);
        }
        for (IndicatorProgress indicator : activity.indicators()) {
            result(xml, indicator, d);
        }
        xml.writeEndElement();
    }

    private void activityDates(XMLStreamWriter xml, Project project) throws XMLStreamException {
        ProjectData d = project.data();
        if (d.plannedStart() == null && d.actualStart() == null) {
            // IATI needs a start; a project that never had one is dated by when the portal learnt of it
            xml.writeStartElement("activity-date");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("iso-date", project.createdAt().toLocalDate().toString());
            narrative(xml, "No start date recorded; the date the project was recorded");
            xml.writeEndElement();
        }
        date(xml, "1", d.plannedStart());
        date(xml, "2", d.actualStart());
        date(xml, "3", d.plannedEnd());
        date(xml, "4", d.actualEnd());
    }

    private void location(XMLStreamWriter xml, Project project, String country) throws XMLStreamException {
        ProjectData d = project.data();
        xml.writeStartElement("location");
        // IATI's GeographicVocabulary has no P-code vocabulary: the P-code is the location's ref
        xml.writeAttribute("ref", d.area().value());
        empty(xml, "location-reach", "code", "1");
        withNarrative(xml, "name", project.placeName());
        xml.writeEmptyElement("administrative");
        xml.writeAttribute("vocabulary", "A4");
        xml.writeAttribute("level", "0");
        xml.writeAttribute("code", country);
        if (d.location() != null && !d.confidential()) {
            xml.writeStartElement("point");
            xml.writeAttribute("srsName", WGS84);
            text(xml, "pos", d.location().lat() + " " + d.location().lon());
            xml.writeEndElement();
            empty(xml, "exactness", "code", "1");
        } else {
            // only the admin area is said: confidential projects are never placed precisely
            empty(xml, "exactness", "code", "2");
        }
        empty(xml, "location-class", "code", "2");
        xml.writeEndElement();
    }

    private static void sector(XMLStreamWriter xml, String code, String percentage) throws XMLStreamException {
        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", "1");
        xml.writeAttribute("code", code);
        xml.writeAttribute("percentage", percentage);
    }

    private static void budget(XMLStreamWriter xml, ProjectData d) throws XMLStreamException {
        LocalDate start = d.plannedStart() != null ? d.plannedStart() : d.actualStart();
        LocalDate end = d.plannedEnd() != null ? d.plannedEnd() : d.actualEnd();
        if (d.budget() == null || d.currency() == null || start == null || end == null) {
            return;
        }
        xml.writeStartElement("budget");
        xml.writeAttribute("type", "1");
        xml.writeAttribute("status", "1");
        empty(xml, "period-start", "iso-date", start.toString());
        empty(xml, "period-end", "iso-date", end.toString());
        value(xml, d.budget(), d.currency(), start);
        xml.writeEndElement();
    }

    private static void transaction(XMLStreamWriter xml, IatiTransaction t) throws XMLStreamException {
        xml.writeStartElement("transaction");
        if (!t.reference().isEmpty()) {
            xml.writeAttribute("ref", t.reference());
        }
        empty(xml, "transaction-type", "code", t.type().code());
        empty(xml, "transaction-date", "iso-date", t.date().toString());
        value(xml, t.amount(), t.currency(), t.date());
        if (!t.description().isEmpty()) {
            withNarrative(xml, "description", t.description());
        }
        if (!t.receiver().isEmpty()) {
            withNarrative(xml, "receiver-org", t.receiver());
        }
        xml.writeEndElement();
    }

    private void result(XMLStreamWriter xml, IndicatorProgress progress, ProjectData project)
            throws XMLStreamException {
        IndicatorData d = progress.indicator().data();
        String name = d.starter() != null ? english.getString(d.starter().labelKey()) : d.name();
        String unit = english.getString(d.unit().labelKey());
        xml.writeStartElement("result");
        xml.writeAttribute("type", d.level().iatiCode());
        withNarrative(xml, "title", name);
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", d.unit().isPercentage() ? "2" : "1");
        xml.writeAttribute("ascending", d.ascending() ? "1" : "0");
        withNarrative(xml, "title", name);
        withNarrative(xml, "description", "Unit: " + unit);
        if (d.code() != null) {
            xml.writeEmptyElement("reference");
            xml.writeAttribute("vocabulary", "99");
            xml.writeAttribute("code", d.code());
        }
        xml.writeEmptyElement("baseline");
        xml.writeAttribute("year", Integer.toString(d.baselineDate().getYear()));
        xml.writeAttribute("iso-date", d.baselineDate().toString());
        xml.writeAttribute("value", number(d.baseline()));

        LocalDate targetDate = targetDate(progress, project);
        xml.writeStartElement("period");
        empty(xml, "period-start", "iso-date", d.baselineDate().toString());
        empty(xml, "period-end", "iso-date", targetDate.toString());
        empty(xml, "target", "value", number(d.target()));
        xml.writeEndElement();

        for (Actual actual : progress.actuals()) {
            xml.writeStartElement("period");
            empty(xml, "period-start", "iso-date", actual.periodStart().toString());
            empty(xml, "period-end", "iso-date", actual.periodEnd().toString());
            empty(xml, "actual", "value", number(actual.value()));
            part(xml, "sex", "female", actual.female());
            part(xml, "sex", "male", actual.male());
            part(xml, "returnee-status", "returnee", actual.returnees());
            part(xml, "returnee-status", "resident", actual.residents());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The target's date, or the project's planned end, or else the end of the last period recorded. */
    private static LocalDate targetDate(IndicatorProgress progress, ProjectData project) {
        IndicatorData d = progress.indicator().data();
        List<LocalDate> candidates = new ArrayList<>();
        candidates.add(d.targetDate());
        candidates.add(project.plannedEnd());
        candidates.add(project.actualEnd());
        for (LocalDate candidate : candidates) {
            if (candidate != null && !candidate.isBefore(d.baselineDate())) {
                return candidate;
            }
        }
        return progress.actuals().stream()
                .map(Actual::periodEnd)
                .filter(end -> !end.isBefore(d.baselineDate()))
                .max(Comparator.naturalOrder())
                .orElse(d.baselineDate());
    }

    private static void part(XMLStreamWriter xml, String dimension, String value, Integer count)
            throws XMLStreamException {
        if (count == null || (count > 0 && count < SMALL_COUNT)) {
            return;
        }
        xml.writeStartElement("actual");
        xml.writeAttribute("value", Integer.toString(count));
        xml.writeEmptyElement("dimension");
        xml.writeAttribute("name", dimension);
        xml.writeAttribute("value", value);
        xml.writeEndElement();
    }

    private static void participatingOrg(XMLStreamWriter xml, String role, String ref, String type, String name)
            throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        narrative(xml, name);
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
        }
    }

    private static void value(XMLStreamWriter xml, BigDecimal amount, String currency, LocalDate date)
            throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", date.toString());
        xml.writeCharacters(number(amount));
        xml.writeEndElement();
    }

    private static void withNarrative(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(xml, text);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        text(xml, "narrative", text);
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String dateTime(LocalDateTime at) {
        return DateTimeFormatter.ISO_INSTANT.format(
                at.truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC));
    }
}
