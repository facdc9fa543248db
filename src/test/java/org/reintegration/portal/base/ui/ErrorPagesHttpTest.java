package org.reintegration.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Refusals and unknown addresses over plain HTTP, as a browser's first request for a page gets them: the status
 * says what happened (403, 404), and the page says it in words, never with an exception's or a class's name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesHttpTest {

    /** What must never reach a user: an exception's name, a Java class's name or a stack frame. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|java\\.lang|org\\.reintegration|org\\.springframework|\\.java:\\d+|Could not navigate");

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CommunityService communities;

    @Autowired
    UserService users;

    @Test
    void a_local_authority_opening_a_grant_is_refused_with_403_inside_the_frame() throws Exception {
        HttpClient authority = signedIn("authority", "authority-demo-2026");

        HttpResponse<String> page = get(authority, "grants/7");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("access-denied").contains("sign-out");
        assertThat(page.body()).doesNotContainPattern(LEAK);
    }

    @Test
    void a_local_authority_opening_a_community_outside_its_areas_is_refused_with_403() throws Exception {
        long inKindia = SystemTask.callAsAdministrator(() -> communities
                .create(new CommunityData("Friguiagbé", "fr", PCode.of("GN005001"), null, null))
                .community()
                .id());
        HttpClient authority = signedIn("authority", "authority-demo-2026");

        HttpResponse<String> page = get(authority, "communities/" + inKindia);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("access-denied").doesNotContain("Friguiagbé");
        assertThat(page.body()).doesNotContainPattern(LEAK);
    }

    @Test
    void an_id_that_is_not_a_number_is_a_page_that_does_not_exist() throws Exception {
        HttpClient staff = signedIn("staff", "staff-demo-2026");

        for (String address : new String[] {"communities/abc", "projects/abc", "grants/abc", "initiatives/abc"}) {
            HttpResponse<String> page = get(staff, address);

            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).as(address).contains("not-found").contains("sign-out");
            assertThat(page.body()).as(address).doesNotContainPattern(LEAK);
        }
    }

    @Test
    void an_id_that_names_nothing_is_a_page_that_does_not_exist() throws Exception {
        HttpClient staff = signedIn("staff", "staff-demo-2026");

        for (String address : new String[] {"projects/999999", "communities/999999", "grants/999999"}) {
            HttpResponse<String> page = get(staff, address);

            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).as(address).contains("not-found");
            assertThat(page.body()).as(address).doesNotContainPattern(LEAK);
        }
    }

    @Test
    @WithUserDetails("authority")
    void the_refusal_speaks_the_users_language() throws Exception {
        try {
            users.setOwnLanguage("fr");
            assertThat(get(signedIn("authority", "authority-demo-2026"), "grants/7")
                            .body())
                    .contains("Cette page n’est pas ouverte à votre rôle");
            users.setOwnLanguage("ar");
            assertThat(get(signedIn("authority", "authority-demo-2026"), "grants/7")
                            .body())
                    .contains("هذه الصفحة غير متاحة لدورك");
        } finally {
            users.setOwnLanguage("en");
        }
    }

    private HttpClient signedIn(String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> login = get(client, "login");
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signIn = client.send(
                HttpRequest.newBuilder(uri("login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
