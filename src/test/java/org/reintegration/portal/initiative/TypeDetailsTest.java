package org.reintegration.portal.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidFieldException;

class TypeDetailsTest {

    @Test
    void every_type_belongs_to_one_dimension_and_every_dimension_has_types() {
        for (Dimension dimension : Dimension.values()) {
            assertThat(InitiativeType.of(dimension)).isNotEmpty();
        }
        assertThat(InitiativeType.PEER_SUPPORT_GROUP.dimension()).isEqualTo(Dimension.PSYCHOSOCIAL);
        assertThat(InitiativeType.PEER_SUPPORT_GROUP.confidentialByDefault()).isTrue();
    }

    @Test
    void a_required_field_left_blank_is_named_in_the_error() {
        assertThatThrownBy(() -> TypeDetails.check(
                        InitiativeType.PEER_SUPPORT_GROUP, Map.of("facilitator", "  ", "meeting_place", "School")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("detail.facilitator");
                    assertThat(e.messageKey()).isEqualTo("initiatives.error.detail-required");
                });
    }

    @Test
    void numbers_must_be_whole_and_the_member_mix_must_add_up() {
        Map<String, Object> entered = new java.util.HashMap<>(Map.of(
                "group_members", "12",
                "returnee_members", 5L,
                "resident_members", 6L,
                "business_idea", "Soap",
                "market", "Market"));
        assertThatThrownBy(() -> TypeDetails.check(InitiativeType.GROUP_INCOME_GENERATING, entered))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("initiatives.error.member-mix"));

        entered.put("returnee_members", 6L);
        entered.put("unknown", "dropped");
        TypeDetails details = TypeDetails.check(InitiativeType.GROUP_INCOME_GENERATING, entered);
        assertThat(details.get("group_members")).isEqualTo(12L);
        assertThat(details.values()).doesNotContainKey("unknown");

        entered.put("group_members", "twelve");
        assertThatThrownBy(() -> TypeDetails.check(InitiativeType.GROUP_INCOME_GENERATING, entered))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("detail.group_members");
                    assertThat(e.messageKey()).isEqualTo("initiatives.error.detail-number");
                });
    }

    @Test
    void moves_follow_the_initiative_life_cycle() {
        assertThat(InitiativeStatus.PROPOSED.mayMoveTo(InitiativeStatus.UNDER_REVIEW))
                .isTrue();
        assertThat(InitiativeStatus.PROPOSED.mayMoveTo(InitiativeStatus.ON_BALLOT))
                .isFalse();
        assertThat(InitiativeStatus.NOT_FEASIBLE.mayMoveTo(InitiativeStatus.ON_BALLOT))
                .isFalse();
        assertThat(InitiativeStatus.SELECTED.mayMoveTo(InitiativeStatus.PROJECT))
                .isTrue();
        assertThat(InitiativeStatus.PROJECT.next()).isEmpty();
    }
}
