package org.reintegration.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.AssessmentMethod;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.returnees.ReturneeCount;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class KoboAssessmentServiceTest {

    static final Path FILES = Path.of("src/test/resources/interop");
    static final Path SAMPLE = FILES.resolve("kobo_community_assessment_export_SYNTHETIC.csv");
    private static final KoboImportSettings SETTINGS = new KoboImportSettings(AssessmentMethod.KEY_INFORMANTS, "fr");

    @Autowired
    KoboAssessmentService kobo;

    @Autowired
    CommunityService communities;

    @Autowired
    ProfileService profiles;

    @Autowired
    ReturneeCountService returnees;

    @Test
    void the_sample_previews_five_new_profiles_and_writes_nothing() throws IOException {
        KoboImportPlan plan = kobo.preview(export(sample()), KoboAssessmentService.DEFAULT_MAPPING, SETTINGS);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newProfiles()).isEqualTo(5);
        assertThat(plan.newCommunities()).isEqualTo(5);
        PlannedAssessment first = plan.rows().getFirst();
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.area()).isEqualTo(PCode.of("GN005005"));
        assertThat(first.communityName()).isEqualTo("Community 1");
        assertThat(first.profile().tension()).isEqualTo(TensionLevel.HIGH);
        assertThat(first.profile().assessedOn()).hasToString("2024-05-01");
        assertThat(first.returnees()).isEqualTo(5);
        assertThat(first.location().lat()).isEqualTo(10.42153);
        assertThat(importedCommunities()).isEmpty();
    }

    @Test
    void importing_records_profiles_communities_and_counts_and_a_second_import_changes_nothing() throws IOException {
        KoboImportOutcome outcome = kobo.importAll(export(sample()), KoboAssessmentService.DEFAULT_MAPPING, SETTINGS);

        assertThat(outcome).isEqualTo(new KoboImportOutcome(5, 5, 0));
        List<Community> created = importedCommunities();
        assertThat(created).extracting(c -> c.data().name()).contains("Community 1", "Community 5");
        Community first = created.stream()
                .filter(c -> c.data().name().equals("Community 1"))
                .findFirst()
                .orElseThrow();
        assertThat(first.data().nameLanguage()).isEqualTo("fr");
        assertThat(profiles.history(first.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.data().sourceNotes()).contains("1694f8df-50d0-f92a-7171-fd2938fa3995"));
        assertThat(returnees.countsFor(PCode.of("GN005005")))
                .filteredOn(c -> first.id()
                        == (c.data().communityId() == null ? -1 : c.data().communityId()))
                .extracting(ReturneeCount::data)
                .singleElement()
                .satisfies(c -> assertThat(c.individuals()).isEqualTo(5));

        KoboImportOutcome again = kobo.importAll(export(sample()), KoboAssessmentService.DEFAULT_MAPPING, SETTINGS);

        assertThat(again).isEqualTo(new KoboImportOutcome(0, 0, 5));
        assertThat(importedCommunities()).hasSize(5);
        assertThat(profiles.history(first.id())).hasSize(1);
    }

    @Test
    void a_community_of_the_same_name_and_area_is_profiled_rather_than_created_again() throws IOException {
        long existing = communities
                .create(new CommunityData("COMMUNITY 2", "fr", PCode.of("GN008006"), null, null))
                .community()
                .id();

        KoboImportOutcome outcome = kobo.importAll(export(sample()), KoboAssessmentService.DEFAULT_MAPPING, SETTINGS);

        assertThat(outcome.communitiesCreated()).isEqualTo(4);
        assertThat(profiles.history(existing))
                .singleElement()
                .satisfies(p -> assertThat(p.data().tension()).isEqualTo(TensionLevel.LOW));
    }

    @Test
    void an_unknown_p_code_and_text_in_a_count_are_named_by_line_and_column_and_nothing_is_written()
            throws IOException {
        String broken = sample().replace("\"GN008006\"", "\"GN999999\"").replace("\"13\";\"3\"", "\"13\";\"three\"");

        KoboImportPlan plan = kobo.preview(export(broken), KoboAssessmentService.DEFAULT_MAPPING, SETTINGS);

        assertThat(plan.messages())
                .containsExactly(
                        "line 4, column 6 (grp_location/adm2): no admin area has the P-code 'GN999999'",
                        "line 5, column 14 (grp_demo/n_returnees): 'three' is not a whole number");
        assertThatThrownBy(() -> kobo.importAll(export(broken), KoboAssessmentService.DEFAULT_MAPPING, SETTINGS))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((InvalidInputException) e).problems()).hasSize(2));
        assertThat(importedCommunities()).isEmpty();
    }

    @Test
    void a_duplicated_uuid_refuses_the_whole_file() throws IOException {
        KoboExport export = export(Files.readString(FILES.resolve("kobo_duplicate_uuid_SYNTHETIC.csv")));

        assertThatThrownBy(() -> kobo.importAll(export, KoboAssessmentService.DEFAULT_MAPPING, SETTINGS))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anyMatch(p -> p.contains("_uuid") && p.contains("the same submission twice")));
        assertThat(importedCommunities()).isEmpty();
    }

    @Test
    void a_truncated_or_comma_read_export_is_not_read_at_all() throws IOException {
        byte[] truncated = Files.readAllBytes(FILES.resolve("kobo_truncated_in_quotes_SYNTHETIC.csv"));
        assertThatThrownBy(() -> KoboExport.read(truncated, bytes -> {}))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line");

        byte[] commas = sample().replace("\";\"", "\",\"").getBytes(StandardCharsets.UTF_8);
        KoboExport commaExport = KoboExport.read(commas, bytes -> {});
        assertThat(kobo.preview(commaExport, KoboAssessmentService.DEFAULT_MAPPING, SETTINGS)
                        .newProfiles())
                .isEqualTo(5);
    }

    @Test
    void a_cut_off_last_line_and_a_bad_tension_level_are_problems_of_their_line() throws IOException {
        KoboExport export = export(Files.readString(FILES.resolve("kobo_truncated_after_field_SYNTHETIC.csv")));
        KoboImportPlan plan = kobo.preview(export, KoboAssessmentService.DEFAULT_MAPPING, SETTINGS);
        assertThat(plan.isAccepted()).isFalse();
        assertThat(plan.messages()).anyMatch(p -> p.startsWith("line 7"));

        String tense = sample().replace("\"high\"", "\"very high\"");
        assertThat(kobo.preview(export(tense), KoboAssessmentService.DEFAULT_MAPPING, SETTINGS)
                        .messages())
                .containsExactly("line 3, column 20 (grp_cohesion/tension_level): 'very high' is not a tension"
                        + " level; use one of none, low, medium, high");
    }

    @Test
    void the_mapping_names_its_wrong_lines_and_is_saved_for_the_next_export() throws IOException {
        String wrong = KoboAssessmentService.DEFAULT_MAPPING + "grp_demo/hh_size = household_size\n";

        assertThat(kobo.preview(export(sample()), wrong, SETTINGS).messages())
                .singleElement()
                .asString()
                .startsWith("mapping line 9: 'household_size' is not a portal field");
        assertThatThrownBy(() -> kobo.saveMapping(wrong)).isInstanceOf(InvalidFieldException.class);

        String withHouseholds = KoboAssessmentService.DEFAULT_MAPPING
                .replace("grp_demo/n_returnees", "grp_demo/hh_size")
                .replace("= returnees", "= households");
        kobo.saveMapping(withHouseholds);
        assertThat(kobo.mapping()).isEqualTo(withHouseholds);
        assertThat(kobo.preview(export(sample()), kobo.mapping(), SETTINGS)
                        .rows()
                        .getFirst()
                        .profile()
                        .households())
                .isEqualTo(12);
    }

    @Test
    void needs_beyond_what_a_profile_keeps_are_named_by_their_cell_in_french_and_arabic() throws IOException {
        String tooMany = String.join(" ", java.util.Collections.nCopies(11, "water"));
        String tooLong = "w".repeat(201);
        // needs typed into a text column (the sample's own needs come from a multiple choice)
        String content = sample().replace("\"vSYNTHETIC\";\"\";\"1\"", "\"vSYNTHETIC\";\"" + tooMany + "\";\"1\"")
                .replace("\"vSYNTHETIC\";\"\";\"2\"", "\"vSYNTHETIC\";\"" + tooLong + "\";\"2\"");
        String mapping = KoboAssessmentService.DEFAULT_MAPPING.replace(
                "grp_needs/priority_needs    = priority_needs", "_tags = priority_needs");

        KoboImportPlan plan = kobo.preview(export(content), mapping, SETTINGS);

        assertThat(plan.problems()).hasSize(2);
        var many = plan.problems().get(0);
        var long_ = plan.problems().get(1);
        assertThat(many.message(java.util.Locale.FRENCH))
                .startsWith("ligne 3, colonne ")
                .contains("11 besoins prioritaires")
                .doesNotContain("at most", "priorityNeeds");
        assertThat(many.message(java.util.Locale.of("ar")))
                .contains("11 احتياجات ذات أولوية")
                .doesNotContain("at most", "priorityNeeds");
        assertThat(long_.message(java.util.Locale.FRENCH)).contains("dépasse 200 caractères");
        assertThat(long_.message(java.util.Locale.of("ar"))).contains("أطول من 200 حرفًا");
    }

    static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    static KoboExport export(String content) throws ImportException {
        return KoboExport.read(content.getBytes(StandardCharsets.UTF_8), bytes -> {});
    }

    private List<Community> importedCommunities() {
        return communities.list(new CommunityFilter(null, "Community ", true), CommunitySort.NAME, 0, 50).stream()
                .filter(c -> c.data().name().matches("Community \\d"))
                .toList();
    }
}
