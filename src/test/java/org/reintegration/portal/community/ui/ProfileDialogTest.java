package org.reintegration.portal.community.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.AccessRating;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.AssessmentMethod;
import org.reintegration.portal.community.profile.Participant;
import org.reintegration.portal.community.profile.PopulationCount;
import org.reintegration.portal.community.profile.PopulationGroup;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.ProfileSamples;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.community.profile.ServiceKind;
import org.reintegration.portal.community.profile.Sex;
import org.reintegration.portal.community.profile.SuitabilityAnswer;
import org.reintegration.portal.community.profile.SuitabilityCriterion;
import org.reintegration.portal.community.profile.TensionDriver;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ProfileDialogTest extends SpringBrowserlessTest {

    @Autowired
    CommunityService communities;

    @Autowired
    ProfileService profiles;

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("staff")
    void staff_record_a_profile_and_the_history_shows_it_first() {
        long id = community();
        LocalDate today = LocalDate.now(clock);
        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id)));
        test(find(Button.class).withId("record-profile").single()).click();
        ProfileDialog dialog = find(ProfileDialog.class).single();

        test(dialog.save).click();
        assertThat(dialog.assessedOn.isInvalid()).isTrue();
        assertThat(dialog.assessedOn.getErrorMessage()).isEqualTo("Enter the date of the assessment.");
        assertThat(dialog.method.isInvalid()).isTrue();
        assertThat(dialog.tension.isInvalid()).isTrue();

        dialog.assessedOn.setValue(today.minusDays(3));
        dialog.method.setValue(AssessmentMethod.KEY_INFORMANTS);
        dialog.participants.setValue(Set.of(Participant.WOMEN, Participant.YOUTH));
        dialog.people.population.setValue(800);
        dialog.people
                .count(PopulationGroup.RETURNEES, Sex.FEMALE, AgeBand.FROM_18_TO_35)
                .setValue(7);
        dialog.people
                .count(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.FROM_18_TO_35)
                .setValue(-2);
        dialog.tension.setValue(TensionLevel.MEDIUM);
        dialog.tensionDrivers.setValue(Set.of(TensionDriver.COMPETITION_FOR_LAND));
        dialog.serviceRatings.get(ServiceKind.HEALTH).setValue(AccessRating.FAIR);
        dialog.suitability
                .answers
                .get(SuitabilityCriterion.CIVIL_SOCIETY_ACTIVE)
                .setValue(SuitabilityAnswer.PARTLY);
        test(dialog.priorityNeeds).setValue("Water\n\n  Jobs for youth \nRoads");
        test(dialog.save).click();
        IntegerField negative = dialog.people.count(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.FROM_18_TO_35);
        assertThat(negative.isInvalid()).isTrue();
        assertThat(negative.getErrorMessage()).isEqualTo("A number cannot be negative.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(profiles.history(id)).isEmpty();

        dialog.people
                .count(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.FROM_18_TO_35)
                .setValue(12);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(H3.class).all()).extracting(H3::getText).anySatisfy(text -> assertThat(text)
                .endsWith("key informants · current"));
        assertThat(profiles.history(id)).singleElement().satisfies(p -> {
            ProfileData data = p.data();
            assertThat(data.assessedOn()).isEqualTo(today.minusDays(3));
            assertThat(data.method()).isEqualTo(AssessmentMethod.KEY_INFORMANTS);
            assertThat(data.participants()).containsExactlyInAnyOrder(Participant.WOMEN, Participant.YOUTH);
            assertThat(data.population()).isEqualTo(800);
            assertThat(data.households()).isNull();
            assertThat(data.counts())
                    .containsExactly(
                            new PopulationCount(PopulationGroup.RETURNEES, Sex.FEMALE, AgeBand.FROM_18_TO_35, 7),
                            new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.FROM_18_TO_35, 12));
            assertThat(data.tension()).isEqualTo(TensionLevel.MEDIUM);
            assertThat(data.tensionDrivers()).containsExactly(TensionDriver.COMPETITION_FOR_LAND);
            assertThat(data.services()).singleElement().satisfies(s -> {
                assertThat(s.service()).isEqualTo(ServiceKind.HEALTH);
                assertThat(s.rating()).isEqualTo(AccessRating.FAIR);
                assertThat(s.note()).isNull();
            });
            assertThat(data.suitability()).singleElement().satisfies(s -> assertThat(s.answer())
                    .isEqualTo(SuitabilityAnswer.PARTLY));
            assertThat(data.priorityNeeds()).containsExactly("Water", "Jobs for youth", "Roads");
            assertThat(p.recordedBy()).isEqualTo("staff");
        });
    }

    @Test
    @WithUserDetails("staff")
    void a_future_date_is_shown_next_to_the_date_and_nothing_is_stored() {
        long id = community();
        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id)));
        test(find(Button.class).withId("record-profile").single()).click();
        ProfileDialog dialog = find(ProfileDialog.class).single();

        dialog.assessedOn.setValue(LocalDate.now(clock).plusDays(1));
        dialog.method.setValue(AssessmentMethod.FOCUS_GROUPS);
        dialog.tension.setValue(TensionLevel.LOW);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.assessedOn.isInvalid()).isTrue();
        assertThat(dialog.assessedOn.getErrorMessage())
                .isEqualTo("The date of the assessment cannot be in the future.");
        assertThat(profiles.history(id)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void a_new_profile_starts_from_the_current_profiles_values_except_its_date() {
        long id = community();
        ProfileData current = ProfileSamples.profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);
        profiles.record(id, current);
        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id)));
        test(find(Button.class).withId("record-profile").single()).click();
        ProfileDialog dialog = find(ProfileDialog.class).single();

        assertThat(dialog.assessedOn.getValue()).isNull();
        assertThat(dialog.tension.getValue()).isEqualTo(TensionLevel.HIGH);
        assertThat(dialog.startedFrom.getText()).contains("March 1, 2025");
        LocalDate newDate = LocalDate.now(clock).minusDays(1);
        dialog.assessedOn.setValue(newDate);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(profiles.history(id)).hasSize(2).first().satisfies(p -> assertThat(p.data())
                .usingRecursiveComparison()
                .ignoringFields("assessedOn")
                .isEqualTo(current));
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_no_record_button() {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> id[0] = community());
        navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(id[0])));

        assertThat(find(Button.class).withId("record-profile").all()).isEmpty();
    }

    private long community() {
        return communities
                .create(new CommunityData("Kouroussa centre", "fr", PCode.of("GN004004"), null, null))
                .community()
                .id();
    }
}
