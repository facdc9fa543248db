package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.grant.GrantSamples.bd;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.grant.repository.GrantEventRepository;
import org.reintegration.portal.grant.ui.TrailText;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail read in French and Arabic: events recorded now are worded in the reader's language, events
 * recorded before as English sentences still show as recorded, and the hash chain holds over both.
 */
@PortalTest
@Transactional
class GrantTrailLanguageTest {

    /** English words of the details as they were once recorded, which a French or Arabic reader must not meet. */
    private static final List<String> ENGLISH = List.of(
            "grantee",
            "planned",
            "disbursement",
            "from tranche",
            "prepared by",
            "projects",
            "line ",
            "title",
            "DRAFT",
            "SUBMITTED",
            "APPROVED",
            "ACTIVE",
            "EQUIPMENT",
            "GROUP",
            "Draft",
            "Submitted",
            "1000000.00",
            "600000");

    @Autowired
    GrantService grants;

    @Autowired
    GrantEventRepository events;

    @Autowired
    ProjectService projects;

    @Autowired
    UserDetailsService users;

    private long project;

    @BeforeEach
    void pickProject() {
        as(
                users,
                "staff",
                () -> project = GrantSamples.demoProjects(projects, 1).getFirst());
    }

    @Test
    @WithUserDetails("staff")
    void new_events_read_in_french_and_arabic_old_ones_as_recorded_and_the_chain_holds_over_both() {
        Grant grant = GrantSamples.draftWithBudget(grants, project);
        // an event as the portal recorded them before details were structured
        String old = "title: Old title → Market garden equipment (test)";
        events.append(
                grant.id(), "staff", EventKind.CHANGED, old, LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS));
        GrantData changed = GrantSamples.data(Set.of(project));
        grants.update(
                grant.id(),
                new GrantData(
                        "Market garden pumps (test)",
                        changed.projectIds(),
                        changed.granteeName(),
                        GranteeKind.COMMUNITY_ORGANISATION,
                        changed.granteeContact(),
                        changed.bankReference(),
                        changed.amount(),
                        changed.currency(),
                        changed.cofundingAmount(),
                        changed.cofundingKind(),
                        changed.cofundingNote(),
                        changed.startOn(),
                        changed.endOn(),
                        15,
                        changed.reportEveryMonths()));
        grants.submit(grant.id());
        as(users, "staff2", () -> grants.approve(grant.id()));
        grants.activate(grant.id());
        Tranche first = grants.tranches(grant.id()).getFirst();
        Disbursement prepared = grants.prepareDisbursement(grant.id(), first.id(), first.amount(), "Bank transfer");
        as(users, "staff2", () -> grants.releaseDisbursement(prepared.id(), "Harvest comes early"));

        List<GrantEvent> trail = grants.events(grant.id());
        TrailCheck check = grants.checkTrail(grant.id());
        assertThat(check.intact()).isTrue();
        assertThat(check.verified()).isEqualTo(trail.size());

        GrantEvent recordedBefore =
                trail.stream().filter(e -> e.detail().equals(old)).findFirst().orElseThrow();
        assertThat(recordedBefore.structured()).isEmpty();
        List<GrantEvent> recordedNow =
                trail.stream().filter(e -> e != recordedBefore).toList();
        assertThat(recordedNow).hasSize(trail.size() - 1).allSatisfy(e -> assertThat(e.structured())
                .isPresent());

        for (Locale locale : List.of(Languages.FRENCH, Languages.ARABIC)) {
            assertThat(TrailText.of(recordedBefore, locale)).isEqualTo(old);
            for (GrantEvent event : recordedNow) {
                String text = TrailText.of(event, locale);
                assertThat(text).as("%s in %s", event.kind(), locale).isNotBlank();
                for (String english : ENGLISH) {
                    assertThat(text).as("%s in %s", event.kind(), locale).doesNotContain(english);
                }
            }
        }
        assertThat(text(trail, EventKind.CREATED, Languages.FRENCH))
                .contains("bénéficiaire")
                .contains(Formats.money(Languages.FRENCH, GrantSamples.AMOUNT, "GNF"));
        assertThat(text(trail, EventKind.CHANGED, Languages.FRENCH))
                .contains("Intitulé\u00a0: ")
                .contains("Organisation communautaire")
                .contains("Tolérance de dépassement (%)\u00a0: 10 → 15");
        assertThat(text(trail, EventKind.SUBMITTED, Languages.FRENCH)).isEqualTo("Brouillon → Soumise");
        assertThat(text(trail, EventKind.SUBMITTED, Languages.ARABIC)).startsWith("من ");
        assertThat(text(trail, EventKind.DISBURSEMENT_RELEASED, Languages.ARABIC))
                .contains(Formats.money(Languages.ARABIC, bd("600000"), "GNF"))
                .contains("أعدّها");
        assertThat(text(trail, EventKind.DISBURSEMENT_RELEASED, Languages.ENGLISH))
                .contains("600,000 GNF from tranche 1, prepared by");
    }

    private static String text(List<GrantEvent> trail, EventKind kind, Locale locale) {
        return trail.stream()
                .filter(e -> e.kind() == kind && e.structured().isPresent())
                .map(e -> TrailText.of(e, locale))
                .findFirst()
                .orElseThrow();
    }
}
