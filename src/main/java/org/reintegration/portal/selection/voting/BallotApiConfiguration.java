package org.reintegration.portal.selection.voting;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/ballots} as a servlet of its own, beside the portal's pages ({@link BallotApi}). */
@Configuration
class BallotApiConfiguration {

    @Bean
    ServletRegistrationBean<BallotApi> ballotApi(VotingService voting, JsonMapper json) {
        ServletRegistrationBean<BallotApi> registration =
                new ServletRegistrationBean<>(new BallotApi(voting, json), BallotApi.PATH);
        registration.setName("ballotApi");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
