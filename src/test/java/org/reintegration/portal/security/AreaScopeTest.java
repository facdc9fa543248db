package org.reintegration.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;

class AreaScopeTest {

    /** Iraq-like codes where a prefix is not a parent: IQG1 is not the parent of IQG10. */
    private final AreaHierarchy hierarchy = new AreaHierarchy() {
        private final Map<String, String> parents =
                Map.of("IQG1", "IQ", "IQG10", "IQ", "IQG10Q01", "IQG10", "IQG1Q01", "IQG1");

        @Override
        public Optional<PCode> parentOf(PCode area) {
            return Optional.ofNullable(parents.get(area.value())).map(PCode::of);
        }

        @Override
        public Set<PCode> selfAndDescendants(PCode area) {
            throw new AssertionError("not needed by scopes");
        }

        @Override
        public boolean contains(PCode area) {
            return parents.containsKey(area.value()) || area.value().equals("IQ");
        }
    };

    @Test
    void a_scope_covers_its_area_and_every_descendant() {
        AreaScope scope = AreaScope.within(Set.of(PCode.of("IQG10")));

        assertThat(scope.covers(PCode.of("IQG10"), hierarchy)).isTrue();
        assertThat(scope.covers(PCode.of("IQG10Q01"), hierarchy)).isTrue();
    }

    @Test
    void a_scope_does_not_cover_its_parent_its_siblings_or_codes_that_merely_share_a_prefix() {
        AreaScope scope = AreaScope.within(Set.of(PCode.of("IQG1")));

        assertThat(scope.covers(PCode.of("IQ"), hierarchy)).isFalse();
        assertThat(scope.covers(PCode.of("IQG10"), hierarchy)).isFalse();
        assertThat(scope.covers(PCode.of("IQG10Q01"), hierarchy)).isFalse();
        assertThat(scope.covers(PCode.of("IQG1Q01"), hierarchy)).isTrue();
    }

    @Test
    void staff_scope_covers_everything_and_no_scope_covers_nothing() {
        assertThat(AreaScope.everywhereScope().covers(PCode.of("IQG10Q01"), hierarchy))
                .isTrue();
        assertThat(AreaScope.nowhere().covers(PCode.of("IQ"), hierarchy)).isFalse();
    }
}
