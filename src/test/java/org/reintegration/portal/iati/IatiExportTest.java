package org.reintegration.portal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.monitoring.IndicatorService;
import org.reintegration.portal.monitoring.MonitoringSamples;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@PortalTest
@Transactional
class IatiExportTest {

    @Autowired
    IatiExport export;

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    @Autowired
    RecordedTransactions transactions;

    private final List<Long> recordedFor = new ArrayList<>();

    @AfterEach
    void forgetTransactions() {
        recordedFor.forEach(transactions::forget);
    }

    @Test
    @WithUserDetails("staff")
    void every_project_of_the_demo_programme_exports_valid_iati_with_its_results() throws Exception {
        byte[] xml = export.programme();

        assertThat(IatiSchema.problems(xml)).isEmpty();
        Document doc = parse(xml);
        assertThat(count(doc, "/iati-activities/iati-activity")).isEqualTo(projects.count(ProjectFilter.ALL));
        assertThat(count(doc, "//iati-activity/result/indicator/period/actual")).isPositive();
        assertThat(text(doc, "/iati-activities/iati-activity[1]/reporting-org/@ref"))
                .isEqualTo("XM-DAC-47066");
        assertCodesAreInTheCodelists(doc);
    }

    @Test
    @WithUserDetails("staff")
    void a_project_without_transactions_yet_exports_valid_iati_with_its_identifier_status_and_place() throws Exception {
        Project project = projects.create(ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), "GIN-CBR-77"));

        byte[] xml = export.project(project.id());

        assertThat(IatiSchema.problems(xml)).isEmpty();
        Document doc = parse(xml);
        assertThat(text(doc, "//iati-identifier")).isEqualTo("XM-DAC-47066-GIN-CBR-77");
        assertThat(text(doc, "//activity-status/@code")).isEqualTo("2");
        assertThat(text(doc, "//recipient-country/@code")).isEqualTo("GN");
        assertThat(text(doc, "//location/@ref")).isEqualTo("GN004004");
        assertThat(text(doc, "//budget/value")).isEqualTo("15000");
        assertThat(count(doc, "//transaction")).isZero();
        assertCodesAreInTheCodelists(doc);
    }

    @Test
    @WithUserDetails("staff")
    void commitments_disbursements_and_expenditures_of_every_source_are_written_oldest_first() throws Exception {
        Project project = projects.create(ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), null));
        recordedFor.add(project.id());
        transactions.record(
                project.id(),
                List.of(
                        new IatiTransaction(
                                IatiTransactionType.EXPENDITURE,
                                LocalDate.of(2026, 5, 20),
                                new BigDecimal("3500.50"),
                                "USD",
                                "Mill and spare parts",
                                null,
                                "grant-1-expenditure-1"),
                        new IatiTransaction(
                                IatiTransactionType.COMMITMENT,
                                LocalDate.of(2026, 3, 5),
                                new BigDecimal("15000"),
                                "USD",
                                "Community grant agreement",
                                "Siguiri women's group",
                                "grant-1"),
                        new IatiTransaction(
                                IatiTransactionType.DISBURSEMENT,
                                LocalDate.of(2026, 4, 10),
                                new BigDecimal("6000"),
                                "GNF",
                                "",
                                "Siguiri women's group",
                                "grant-1-tranche-1")));

        byte[] xml = export.project(project.id());

        assertThat(IatiSchema.problems(xml)).isEmpty();
        Document doc = parse(xml);
        assertThat(texts(doc, "//transaction/transaction-type/@code")).containsExactly("2", "3", "4");
        assertThat(texts(doc, "//transaction/value")).containsExactly("15000", "6000", "3500.5");
        assertThat(text(doc, "//transaction[2]/value/@currency")).isEqualTo("GNF");
        assertThat(text(doc, "//transaction[1]/receiver-org/narrative")).isEqualTo("Siguiri women's group");
        assertCodesAreInTheCodelists(doc);
    }

    @Test
    @WithUserDetails("staff")
    void a_project_has_the_sector_of_what_it_does_and_the_migration_sector() throws Exception {
        Project typed = projects.create(ProjectSamples.withType(
                ProjectSamples.ongoing("Water point", PCode.of("GN004004"), null), InitiativeType.WATER_SANITATION));
        Project untyped = projects.create(ProjectSamples.ongoing("Market stalls", PCode.of("GN004004"), null));

        Document typedDoc = parse(export.project(typed.id()));
        Document untypedDoc = parse(export.project(untyped.id()));

        assertThat(texts(typedDoc, "//sector/@code")).containsExactly("14030", "15190");
        assertThat(texts(typedDoc, "//sector/@percentage")).containsExactly("50", "50");
        assertThat(texts(untypedDoc, "//sector/@code")).containsExactly("16020", "15190");
        assertThat(IatiSchema.problems(export.project(typed.id()))).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void a_cancelled_project_without_dates_exports_valid_iati_with_the_cancelled_status() throws Exception {
        ProjectData ongoing = ProjectSamples.ongoing("Abandoned kiosk", PCode.of("GN004004"), null);
        ProjectData cancelled = new ProjectData(
                ongoing.code(),
                null,
                ongoing.area(),
                "Siguiri",
                ongoing.dimension(),
                null,
                null,
                ongoing.title(),
                null,
                null,
                null,
                ProjectStatus.CANCELLED,
                null,
                null,
                null,
                null,
                0,
                false,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Project project = projects.create(cancelled);

        byte[] xml = export.project(project.id());

        assertThat(IatiSchema.problems(xml)).isEmpty();
        Document doc = parse(xml);
        assertThat(text(doc, "//activity-status/@code")).isEqualTo("5");
        assertThat(text(doc, "//activity-date/@type")).isEqualTo("1");
        assertThat(count(doc, "//budget")).isZero();
        assertThat(text(doc, "//iati-identifier"))
                .isEqualTo("XM-DAC-47066-" + project.data().code());
    }

    @Test
    @WithUserDetails("staff")
    void a_confidential_project_is_placed_by_its_area_only_and_small_parts_are_left_out() throws Exception {
        Project project = projects.create(ProjectSamples.peerCircle());
        var indicator = indicators.add(project.id(), MonitoringSamples.peopleBenefiting());
        indicators.recordActual(indicator.id(), MonitoringSamples.month(3, 12, 9, 3, 12, 0));

        byte[] xml = export.project(project.id());

        assertThat(IatiSchema.problems(xml)).isEmpty();
        Document doc = parse(xml);
        assertThat(count(doc, "//location/point")).isZero();
        assertThat(text(doc, "//location/@ref")).isEqualTo("GN004004");
        assertThat(texts(doc, "//result/indicator/period/actual/@value")).containsExactly("12", "9", "12", "0");
        assertThat(texts(doc, "//actual/dimension/@value")).containsExactly("female", "returnee", "resident");
    }

    @Test
    @WithUserDetails("authority")
    void only_staff_export() {
        assertThatThrownBy(() -> export.programme()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_schema_check_finds_what_is_wrong_and_where() {
        byte[] broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                  <iati-activity><title><narrative>no identifier</narrative></title></iati-activity>
                </iati-activities>
                """.strip().getBytes(StandardCharsets.UTF_8);

        assertThat(IatiSchema.problems(broken)).isNotEmpty().allSatisfy(p -> assertThat(p)
                .startsWith("line 3"));
    }

    /** The codes the export writes exist in the IATI codelists shipped with it. */
    private static void assertCodesAreInTheCodelists(Document doc) throws Exception {
        assertThat(codelist("ActivityStatus")).containsAll(texts(doc, "//activity-status/@code"));
        assertThat(codelist("Sector")).containsAll(texts(doc, "//sector/@code"));
        assertThat(codelist("Country")).containsAll(texts(doc, "//recipient-country/@code"));
        assertThat(codelist("TransactionType")).containsAll(texts(doc, "//transaction-type/@code"));
        assertThat(codelist("OrganisationRole")).containsAll(texts(doc, "//participating-org/@role"));
        assertThat(codelist("OrganisationType")).containsAll(texts(doc, "//reporting-org/@type"));
        assertThat(codelist("ActivityDateType")).containsAll(texts(doc, "//activity-date/@type"));
        assertThat(codelist("ResultType")).containsAll(texts(doc, "//result/@type"));
        assertThat(codelist("IndicatorMeasure")).containsAll(texts(doc, "//indicator/@measure"));
        assertThat(codelist("Currency")).containsAll(texts(doc, "//value/@currency"));
        assertThat(codelist("GeographicVocabulary")).containsAll(texts(doc, "//administrative/@vocabulary"));
    }

    private static Set<String> codelist(String name) throws Exception {
        try (InputStream in = IatiExportTest.class.getResourceAsStream("/iati/codelists/" + name + ".xml")) {
            assertThat(in).as(name).isNotNull();
            Document list =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            return new HashSet<>(texts(list, "//codelist-item/code"));
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static int count(Document doc, String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, doc, XPathConstants.NODESET))
                .getLength();
    }

    private static String text(Document doc, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, doc);
    }

    private static List<String> texts(Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, doc, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
