package org.reintegration.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text of the interface exists in every language, and every key the code asks for exists. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([a-z0-9.-]+)\"");

    static Stream<Locale> languages() {
        return Languages.SUPPORTED.stream();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_key_of_the_english_bundle_exists_in_each_language_and_no_other(Locale language) {
        Set<String> english = keys(bundle(Languages.DEFAULT));
        Set<String> translated = keys(bundle(language));

        assertThat(translated).as("keys of %s", language).isEqualTo(english);
        assertThat(bundle(language).values()).as("texts of %s", language).allSatisfy(text -> assertThat(text.toString())
                .isNotBlank());
    }

    @Test
    void every_key_the_code_asks_for_is_in_the_bundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = KEY_IN_CODE.matcher(read(p));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix: its complete forms are added below
                        used.add(m.group(1));
                    }
                }
            });
        }
        // Keys built from a prefix and a value; each of their forms must exist too.
        for (String role : new String[] {"ADMIN", "STAFF", "AUTHORITY"}) {
            used.add("role." + role);
        }
        for (String dimension : new String[] {"economic", "social", "psychosocial"}) {
            used.add("dimension." + dimension);
            used.add("landing.dimension." + dimension);
        }
        for (var level : org.reintegration.portal.community.TensionLevel.values()) {
            used.add("tension." + level.name());
        }
        for (var status : org.reintegration.portal.project.ProjectStatus.values()) {
            used.add("projects.status." + status.name());
        }
        for (var status : org.reintegration.portal.project.MilestoneStatus.values()) {
            used.add("projects.milestone.status." + status.name());
        }
        for (var sort : org.reintegration.portal.community.CommunitySort.values()) {
            used.add("communities.sort." + sort.name());
        }
        for (var field : org.reintegration.portal.assessment.AssessmentField.values()) {
            used.add("kobo.field." + field.mappingName());
        }
        for (var method : org.reintegration.portal.community.profile.AssessmentMethod.values()) {
            used.add("profiles.method." + method.name());
        }
        for (var group : org.reintegration.portal.community.profile.PopulationGroup.values()) {
            used.add("profiles.people." + group.name());
        }
        String[][] profileEnums = {
            {"profiles.participant.", names(org.reintegration.portal.community.profile.Participant.values())},
            {"profiles.sex.", names(org.reintegration.portal.community.profile.Sex.values())},
            {"profiles.age.", names(org.reintegration.portal.community.profile.AgeBand.values())},
            {"profiles.service.", names(org.reintegration.portal.community.profile.ServiceKind.values())},
            {"profiles.access.", names(org.reintegration.portal.community.profile.AccessRating.values())},
            {"profiles.driver.", names(org.reintegration.portal.community.profile.TensionDriver.values())},
            {"profiles.criterion.", names(org.reintegration.portal.community.profile.SuitabilityCriterion.values())},
            {"profiles.answer.", names(org.reintegration.portal.community.profile.SuitabilityAnswer.values())},
        };
        for (String[] prefixAndNames : profileEnums) {
            for (String name : prefixAndNames[1].split(",")) {
                used.add(prefixAndNames[0] + name);
            }
        }
        // keys the profile dialog passes to its error helper rather than to getTranslation directly
        for (String error : new String[] {"date", "future-date", "method", "count", "tension"}) {
            used.add("profiles.error." + error);
        }
        // every field a profile comparison can name
        var any = org.reintegration.portal.community.profile.ProfileSamples.everyFieldChanged();
        any.forEach(change -> used.add("profiles.field." + change.field()));
        for (var type : org.reintegration.portal.community.provider.ProviderType.values()) {
            used.add("provider-type." + type.name());
        }
        for (var kind : org.reintegration.portal.community.provider.StakeholderKind.values()) {
            used.add("stakeholder-kind." + kind.name());
        }
        addSelectionKeys(used);
        used.add("map.level.1");
        used.add("map.level.2");
        addVotingKeys(used);
        addMonitoringKeys(used);
        addGrantKeys(used);

        assertThat(keys(bundle(Languages.DEFAULT))).containsAll(used);
    }

    /** Keys of initiatives, reviews and selection rounds built from enums, and error keys services raise. */
    private static void addSelectionKeys(Set<String> used) {
        for (var type : org.reintegration.portal.initiative.InitiativeType.values()) {
            used.add(type.labelKey());
            type.fields().forEach(field -> used.add(field.labelKey()));
        }
        for (var status : org.reintegration.portal.initiative.InitiativeStatus.values()) {
            used.add(status.labelKey());
        }
        for (var rating : org.reintegration.portal.initiative.Rating.values()) {
            used.add(rating.labelKey());
        }
        for (var criterion : org.reintegration.portal.initiative.Criterion.values()) {
            used.add(criterion.labelKey());
        }
        for (var dimension : org.reintegration.portal.initiative.Dimension.values()) {
            used.add(dimension.labelKey());
        }
        for (var who : org.reintegration.portal.initiative.Beneficiaries.values()) {
            used.add("beneficiaries." + who.name());
        }
        for (var moderation : org.reintegration.portal.initiative.Moderation.values()) {
            used.add("moderation." + moderation.name());
        }
        for (var decision : org.reintegration.portal.initiative.ReviewDecision.values()) {
            used.add("review.decision." + decision.name());
        }
        for (var channel : org.reintegration.portal.initiative.ProposalChannel.values()) {
            used.add("initiatives.channel." + channel.name());
        }
        for (var phase : org.reintegration.portal.selection.round.Phase.values()) {
            used.add(phase.labelKey());
            used.add("rounds.date." + phase.name());
        }
        for (var format : org.reintegration.portal.selection.round.BallotFormat.values()) {
            used.add(format.labelKey());
            used.add("rounds.rules." + format.name());
        }
        for (var rule : org.reintegration.portal.selection.round.RuleName.values()) {
            used.add(rule.labelKey());
        }
        Pattern errorKey = Pattern.compile("\"((?:initiatives|rounds|review)\\.error\\.[a-z-]+)\"");
        for (String folder : new String[] {"initiative", "selection/round"}) {
            try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/reintegration/portal", folder))) {
                sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                    Matcher m = errorKey.matcher(read(p));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void arabic_is_right_to_left_and_the_others_are_not() {
        assertThat(Languages.isRightToLeft(Languages.ARABIC)).isTrue();
        assertThat(Languages.isRightToLeft(Languages.FRENCH)).isFalse();
        assertThat(Languages.supported("ar-IQ")).contains(Languages.ARABIC);
        assertThat(Languages.supported("fr-GN")).contains(Languages.FRENCH);
        assertThat(Languages.supported("sw")).isEmpty();
    }

    /** Keys of voting and results built from enum names, refusal reasons and outcome explanations. */
    private static void addVotingKeys(Set<String> used) {
        for (var group : org.reintegration.portal.selection.voting.VoterGroup.values()) {
            used.add("voter-group." + group.name());
        }
        for (var sex : org.reintegration.portal.selection.voting.VoterSex.values()) {
            used.add("voter-sex." + sex.name());
        }
        for (var band : org.reintegration.portal.selection.voting.VoterAgeBand.values()) {
            used.add("profiles.age." + band.name());
        }
        for (var phase : org.reintegration.portal.selection.round.Phase.values()) {
            used.add(phase.labelKey());
        }
        for (var format : org.reintegration.portal.selection.round.BallotFormat.values()) {
            used.add("ballot-format." + format.name());
        }
        for (var channel : org.reintegration.portal.selection.voting.Channel.values()) {
            used.add("channel." + channel.name());
        }
        for (var reason : org.reintegration.portal.selection.voting.BallotRejectedException.Reason.values()) {
            used.add(reason.messageKey());
        }
        for (String invalid : new String[] {
            "unknown-item",
            "one-point",
            "too-few",
            "too-many",
            "over-budget",
            "no-points",
            "too-many-points",
            "negative"
        }) {
            used.add("voting.invalid." + invalid);
        }
        for (var rule : org.reintegration.portal.selection.outcome.OutcomeRule.all()) {
            used.add("results.rule." + rule.name());
        }
        for (String kind : new String[] {
            "greedy.selected", "greedy.did-not-fit", "mes.SELECTED", "mes.UNAFFORDABLE", "mes.NO_SUPPORTERS", "mes.FREE"
        }) {
            used.add("results.why." + kind);
        }
        used.add("codes.error.count");
        used.add("codes.error.round-over");
        used.add("results.error.phase");
        for (String slip : new String[] {"code-label", "instructions", "secret"}) {
            used.add("slip." + slip);
        }
    }

    /** Keys of grants built from enums, lifecycle steps, field names and the error keys the grant service raises. */
    private static void addGrantKeys(Set<String> used) {
        for (var status : org.reintegration.portal.grant.GrantStatus.values()) {
            used.add(status.labelKey());
        }
        for (var kind : org.reintegration.portal.grant.GranteeKind.values()) {
            used.add(kind.labelKey());
        }
        for (var kind : org.reintegration.portal.grant.CofundingKind.values()) {
            used.add(kind.labelKey());
        }
        for (var category : org.reintegration.portal.grant.BudgetCategory.values()) {
            used.add(category.labelKey());
        }
        for (var status : org.reintegration.portal.grant.DisbursementStatus.values()) {
            used.add(status.labelKey());
        }
        for (var status : org.reintegration.portal.grant.ReportStatus.values()) {
            used.add(status.labelKey());
        }
        for (var kind : org.reintegration.portal.grant.EventKind.values()) {
            used.add(kind.labelKey());
        }
        for (String step : new String[] {"submit", "return", "approve", "activate", "resume", "suspend", "close"}) {
            used.add("grants.step." + step);
        }
        for (String field : new String[] {
            "title",
            "projects",
            "grantee",
            "contact",
            "bank-reference",
            "amount",
            "currency",
            "co-funding",
            "co-funding-kind",
            "co-funding-note",
            "start",
            "end",
            "tolerance",
            "reporting"
        }) {
            used.add("grants.error.field." + field);
        }
        for (String key : new String[] {
            "grants.budget.totals",
            "grants.dashboard.committed",
            "grants.dashboard.disbursed",
            "grants.dashboard.spent",
            "grants.dashboard.due",
            "grants.dashboard.overdue",
            "grants.prepared-by",
            "grants.submitted-by",
            "grants.approved-by",
            "grants.period",
            "grants.next-report",
            "nav.grants",
            "nav.grant-dashboard"
        }) {
            used.add(key);
        }
        Pattern errorKey = Pattern.compile("\"(grants\\.error\\.[a-z-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/reintegration/portal/grant"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = errorKey.matcher(read(p));
                while (m.find()) {
                    used.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    private static Properties bundle(Locale locale) {
        String name = locale.equals(Languages.DEFAULT)
                ? "/vaadin-i18n/translations.properties"
                : "/vaadin-i18n/translations_" + locale.getLanguage() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys of indicators and visits built from enums, and the error keys monitoring raises. */
    private static void addMonitoringKeys(Set<String> used) {
        for (var level : org.reintegration.portal.monitoring.IndicatorLevel.values()) {
            used.add(level.labelKey());
        }
        for (var unit : org.reintegration.portal.monitoring.IndicatorUnit.values()) {
            used.add(unit.labelKey());
        }
        for (var starter : org.reintegration.portal.monitoring.StarterIndicator.values()) {
            used.add(starter.labelKey());
        }
        for (var status : org.reintegration.portal.monitoring.FollowUpStatus.values()) {
            used.add(status.labelKey());
        }
        Pattern errorKey = Pattern.compile("\"((?:indicators|visits|lessons)\\.error\\.[a-z-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/reintegration/portal/monitoring"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = errorKey.matcher(read(p));
                while (m.find()) {
                    used.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
