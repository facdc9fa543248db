package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.TRY_AGAIN;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ballots by JSON, for tablets that collect votes offline and sync later and for SMS gateways: the
 * same rules and the same refusals as the voting page. No session and no CSRF token; wrong codes are
 * limited per address like on the page, or per gateway when the request carries a key staff issued
 * ({@value #GATEWAY_KEY_HEADER}). Documented in the README ("Voting by JSON").
 *
 * <pre>
 * POST /api/ballots
 * {"code": "K7QM-4HXT-9WPA", "roundId": 12, "choices": [34, 35]}            approval or knapsack
 * {"code": "K7QM4HXT9WPA", "points": {"34": 6, "35": 4}, "group": "RETURNEE"} cumulative
 * </pre>
 *
 * Answers: 201 {@code {"status":"COUNTED"}}; otherwise {@code {"error": ..., "message": ...}} with 403
 * UNKNOWN_CODE, 409 USED_CODE or ROUND_NOT_OPEN, 422 INVALID_CHOICE, 429 TOO_MANY_ATTEMPTS, 400
 * INVALID_REQUEST (415 when the body is not declared as JSON), 403 UNKNOWN_GATEWAY (a gateway key that is
 * unknown or revoked), 503 TRY_AGAIN (the database failed; nothing was stored). Messages are in the
 * request's language (Accept-Language) when the portal has it.
 *
 * <p>A plain servlet rather than a Spring MVC controller, and outside Spring Security's filters: thousands
 * of ballots a minute arrive here when tablets sync, and the voting code is the only credential, so finding
 * a handler, negotiating formats and building a security context for each of them would only cost time
 * (docs/adr/0007-ballot-intake.md). The answers carry the security headers that matter for JSON themselves.
 */
class BallotApi extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(BallotApi.class);

    static final String PATH = "/api/ballots";
    static final String GATEWAY_KEY_HEADER = "X-Voting-Gateway-Key";
    private static final byte[] COUNTED = "{\"status\":\"COUNTED\"}".getBytes(StandardCharsets.UTF_8);

    private final transient VotingService voting;
    private final transient ObjectReader requests;
    private final transient ObjectWriter answers;

    BallotApi(VotingService voting, JsonMapper json) {
        this.voting = voting;
        this.requests = json.readerFor(BallotRequest.class);
        this.answers = json.writerFor(Map.class);
    }

    /**
     * @param roundId optional: when given, a code of another round is refused as unknown
     * @param choices the initiatives ticked (approval, knapsack)
     * @param points  points per initiative id (cumulative)
     */
    record BallotRequest(
            String code,
            Long roundId,
            List<Long> choices,
            Map<Long, Integer> points,
            VoterGroup group,
            VoterSex sex,
            VoterAgeBand ageBand) {}

    @Override
    protected void doPost(HttpServletRequest http, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!declaredAsJson(http.getContentType())) {
            answer(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    invalidRequest("the body must be JSON (application/json)"));
            return;
        }
        BallotRequest request;
        try {
            request = requests.readValue(http.getInputStream());
        } catch (JacksonException unreadable) {
            answer(
                    response,
                    HttpStatus.BAD_REQUEST,
                    invalidRequest("the body is not a ballot: " + unreadable.getOriginalMessage()));
            return;
        }
        try {
            submit(request, http);
            response.setStatus(HttpStatus.CREATED.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(COUNTED.length);
            response.getOutputStream().write(COUNTED);
        } catch (BallotRejectedException e) {
            rejected(e, http, response);
        } catch (IllegalArgumentException | NullPointerException wrongShape) {
            answer(response, HttpStatus.BAD_REQUEST, invalidRequest(String.valueOf(wrongShape.getMessage())));
        } catch (DataAccessException e) {
            // The database could not be reached or refused the work (a cluster node going away, a pool
            // exhausted): nothing was stored, so the client is told to send the same ballot again.
            LOG.warn(
                    "Ballot not taken, the database failed: {}",
                    e.getMostSpecificCause().toString());
            rejected(new BallotRejectedException(TRY_AGAIN, "the database failed"), http, response);
        }
    }

    private void submit(BallotRequest request, HttpServletRequest http) {
        if (request == null) {
            throw new IllegalArgumentException("the body is empty");
        }
        if (request.choices() != null && request.points() != null) {
            throw new IllegalArgumentException("give either choices or points, not both");
        }
        BallotChoices choices = request.points() != null
                ? new BallotChoices(request.points())
                : BallotChoices.ticking(request.choices() == null ? List.of() : request.choices());
        String address = "ip:" + http.getRemoteAddr();
        String gatewayKey = http.getHeader(GATEWAY_KEY_HEADER);
        VotingOrigin origin = gatewayKey == null ? VotingOrigin.of(address) : voting.gatewayOrigin(gatewayKey, address);
        voting.castBallotFrom(
                new BallotSubmission(
                        request.code(),
                        request.roundId(),
                        choices,
                        Channel.ONLINE,
                        new VoterProfile(request.group(), request.sex(), request.ageBand())),
                origin);
    }

    private void rejected(BallotRejectedException e, HttpServletRequest http, HttpServletResponse response)
            throws IOException {
        HttpStatus status =
                switch (e.reason()) {
                    case UNKNOWN_CODE, UNKNOWN_GATEWAY -> HttpStatus.FORBIDDEN;
                    case USED_CODE, ROUND_NOT_OPEN -> HttpStatus.CONFLICT;
                    case INVALID_CHOICE -> HttpStatus.UNPROCESSABLE_CONTENT;
                    case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
                    case TRY_AGAIN -> HttpStatus.SERVICE_UNAVAILABLE;
                };
        ResourceBundle texts = texts(http.getLocale());
        String message = text(texts, e.reason().messageKey(), List.of());
        if (e.detailKey() != null) {
            message += " " + text(texts, e.detailKey(), e.detailArguments());
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.reason().name());
        body.put("message", message);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(voting.retryAfterSeconds()));
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        answer(response, status, body);
    }

    private void answer(HttpServletResponse response, HttpStatus status, Map<String, String> body) throws IOException {
        byte[] json = answers.writeValueAsBytes(body);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static boolean declaredAsJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static Map<String, String> invalidRequest(String detail) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", "INVALID_REQUEST");
        body.put("message", detail);
        return body;
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                locale == null ? Locale.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle texts, String key, List<Object> arguments) {
        try {
            String pattern = texts.getString(key);
            return arguments.isEmpty()
                    ? pattern
                    : new MessageFormat(pattern, texts.getLocale()).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
