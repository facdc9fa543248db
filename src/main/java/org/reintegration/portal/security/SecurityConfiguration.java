package org.reintegration.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reintegration.portal.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for staff, administrators and local authorities; public pages for everyone else. Views
 * declare who may open them (@AnonymousAllowed, @RolesAllowed); services check again on the server
 * (@PreAuthorize, {@link AreaAccess}), because hiding a button is never the check. Method security
 * reads @PreAuthorize only: @RolesAllowed on views is Vaadin's navigation check, and proxying views
 * for it would hide their fields.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String BALLOT_API = "/api/ballots";

    /**
     * Ballots by JSON (tablets, SMS gateways, {@code selection.voting.BallotApi}) go through a chain of their own
     * with none of Spring Security's filters but its firewall: the voting code is the credential, so there is no
     * session, sign-in, security context, CSRF token, saved request or role to check, and thousands of ballots
     * would each pay for them (docs/benchmarks.md, ballot intake). The endpoint writes the security headers a JSON
     * answer needs itself.
     */
    @Bean
    @Order(1)
    SecurityFilterChain ballotApiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(BALLOT_API)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .servletApi(servletApi -> servletApi.disable())
                .headers(headers -> headers.disable())
                .logout(logout -> logout.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll());
        // The error answer of a request anyone may make (a gateway's ballot) is not a reason to ask for a sign-in
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/error").permitAll());
        // Pabulib export of a round, a plain download for signed-in staff
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers(HttpMethod.GET, "/export/rounds/*").hasRole(Role.STAFF_NAME));
        // IATI activity XML of one project or of the whole programme, a plain download for signed-in staff
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers(HttpMethod.GET, "/export/iati/**").hasRole(Role.STAFF_NAME));
        // The public pages (server-rendered HTML, docs/adr/0014-light-public-pages.md): anyone may read them and
        // vote through their forms, which carry Spring Security's CSRF token (the code is checked on top of it)
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        HttpMethod.GET,
                        "/",
                        "/vote",
                        "/vote/*",
                        "/vote/*/thanks",
                        "/vote/*/photos/*",
                        "/public/**",
                        "/language",
                        "/assets/**")
                .permitAll());
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(HttpMethod.POST, "/vote", "/vote/*", "/vote/*/ballot")
                        .permitAll());
        // A sign-in refused by SignInLimit says so, with the wait; any other failure reads "wrong username or
        // password".
        // The login page is named here too: configured before Vaadin's, form login would otherwise find no page of
        // its own yet and let Spring Security answer /login with its generated English page instead of LoginView.
        http.formLogin(form -> form.loginPage("/login").failureHandler(SecurityConfiguration::signInFailed));
        // Any other address: a signed-in user reaches the portal's own pages, which answer an unknown address with
        // 404 and a page not theirs with 403 inside the frame; someone not signed in is asked to sign in.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // The public front page is no Vaadin view: staff land in the application (SiteController#home)
                        .defaultSuccessUrl("/home")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    private static void signInFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String query = failure instanceof SignInLockedException locked ? "locked=" + locked.minutes() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    /** bcrypt today, behind a delegating encoder so stored hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
