package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.TRY_AGAIN;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

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
 * INVALID_REQUEST, 403 UNKNOWN_GATEWAY (a gateway key that is unknown or revoked), 503 TRY_AGAIN (the
 * database failed; nothing was stored). Messages are in the request's language (Accept-Language) when
 * the portal has it.
 */
@RestController
class BallotApi {

    private static final Logger LOG = LoggerFactory.getLogger(BallotApi.class);

    static final String GATEWAY_KEY_HEADER = "X-Voting-Gateway-Key";

    private final VotingService voting;

    BallotApi(VotingService voting) {
        this.voting = voting;
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

    @PostMapping(
            path = "/api/ballots",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> submit(@RequestBody BallotRequest request, HttpServletRequest http) {
        if (request.choices() != null && request.points() != null) {
            return invalidRequest("give either choices or points, not both", http.getLocale());
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
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("status", "COUNTED"));
    }

    @ExceptionHandler(BallotRejectedException.class)
    ResponseEntity<Map<String, String>> rejected(BallotRejectedException e, HttpServletRequest http) {
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
        var answer = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            answer = answer.header("Retry-After", Long.toString(voting.retryAfterSeconds()));
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer = answer.header("Retry-After", "1");
        }
        return answer.body(body);
    }

    /**
     * The database could not be reached or refused the work (a cluster node going away, a pool exhausted):
     * nothing was stored, so the client is told to send the same ballot again, never shown a server error.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, String>> databaseUnavailable(DataAccessException e, HttpServletRequest http) {
        LOG.warn(
                "Ballot not taken, the database failed: {}",
                e.getMostSpecificCause().toString());
        return rejected(new BallotRejectedException(TRY_AGAIN, "the database failed"), http);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e, HttpServletRequest http) {
        return invalidRequest(
                "the body is not a ballot: " + e.getMostSpecificCause().getMessage(), http.getLocale());
    }

    private static ResponseEntity<Map<String, String>> invalidRequest(String detail, Locale locale) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", "INVALID_REQUEST");
        body.put("message", detail);
        return ResponseEntity.badRequest().body(body);
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
                    : new java.text.MessageFormat(pattern, texts.getLocale()).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
