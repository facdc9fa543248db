package org.reintegration.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HashedFileCachingTest {

    /** Serves a file the way Vaadin does: with its own one-hour cache header. */
    private static MockHttpServletResponse fetch(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new HashedFileCaching.Filter()
                .doFilter(
                        new MockHttpServletRequest("GET", path),
                        response,
                        (request, answer) -> ((jakarta.servlet.http.HttpServletResponse) answer)
                                .setHeader("Cache-Control", "max-age=3600"));
        return response;
    }

    @Test
    void content_hashed_bundle_files_are_kept_a_year_and_others_keep_vaadin_s_hour() throws Exception {
        assertThat(fetch("/VAADIN/build/FlowClient-Dp7X4nQP.js").getHeader("Cache-Control"))
                .isEqualTo("max-age=31536000, immutable");
        assertThat(fetch("/VAADIN/build/indexhtml-BGQ8A_2y.css").getHeader("Cache-Control"))
                .isEqualTo("max-age=31536000, immutable");
        assertThat(fetch("/VAADIN/build/stats.json").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(fetch("/VAADIN/build/sw.js").getHeader("Cache-Control")).isEqualTo("max-age=3600");
    }
}
