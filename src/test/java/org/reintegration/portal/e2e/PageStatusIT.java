package org.reintegration.portal.e2e;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.selection.round.RoundSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The HTTP status of a page is the page's own, as a browser asking for the address receives it: 404 for an
 * address or an object that does not exist, 403 for a page or an object the user may not see, 200 otherwise;
 * each refusal comes inside the portal's frame, in the user's language, and never names a Java exception.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageStatusIT {

    @LocalServerPort
    int port;

    @Autowired
    RoundSamples samples;

    private HttpClient client;

    @BeforeEach
    void newBrowserSession() {
        client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void a_local_authority_is_refused_a_staff_page_with_403_inside_the_frame_in_its_language()
            throws IOException, InterruptedException {
        signIn("authority", "authority-demo-2026");

        HttpResponse<String> page = get("grants/1", "fr");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("access-denied", "Vous n’avez pas accès à ceci.", "Se déconnecter");
        assertNoJavaNames(page);
    }

    @Test
    void a_local_authority_is_refused_another_regions_community_with_403_and_sees_its_own_with_200()
            throws IOException, InterruptedException {
        long kindia = samples.communityIn("GN005", 0);
        long kankan = samples.communityIn("GN004", 0);
        signIn("authority", "authority-demo-2026");

        assertThat(get("communities/" + kindia, "en").statusCode()).isEqualTo(403);
        assertThat(get("communities/" + kankan, "en").statusCode()).isEqualTo(200);
    }

    @Test
    void addresses_and_objects_that_do_not_exist_answer_404_without_naming_an_exception()
            throws IOException, InterruptedException {
        signIn("staff", "staff-demo-2026");

        for (String address : new String[] {"communities/abc", "projects/999999", "grants/999999", "no-such-page"}) {
            HttpResponse<String> page = get(address, "ar");
            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).as(address).contains("not-found");
            assertNoJavaNames(page);
        }
    }

    @Test
    void a_public_round_that_does_not_exist_answers_404_to_anyone() throws IOException, InterruptedException {
        assertThat(get("public/rounds/999999", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void someone_not_signed_in_is_sent_to_sign_in_for_a_staff_page() throws IOException, InterruptedException {
        HttpResponse<String> page = get("grants/1", "en");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void the_ballot_endpoint_answers_a_wrong_code_over_http_in_json_with_the_request_s_language()
            throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(url("api/ballots"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "fr")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"ABCD-EFGH-JKLM\", \"choices\": [1]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("\"error\":\"UNKNOWN_CODE\"", "Ce code n’est pas valide");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().map()).doesNotContainKey("set-cookie");
        assertThat(get("api/ballots", "en").statusCode()).isEqualTo(405);
    }

    private static void assertNoJavaNames(HttpResponse<String> page) {
        assertThat(page.body())
                .doesNotContain("Exception")
                .doesNotContain("java.lang")
                .doesNotContain("Could not navigate");
    }

    private void signIn(String username, String password) throws IOException, InterruptedException {
        String login = get("login", "en").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + csrf.group(1) : "");
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(url("login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(url(path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
