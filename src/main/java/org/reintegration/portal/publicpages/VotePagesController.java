package org.reintegration.portal.publicpages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.PublicRound;
import org.reintegration.portal.selection.round.PublicRoundService;
import org.reintegration.portal.selection.voting.BallotChoices;
import org.reintegration.portal.selection.voting.BallotItem;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.BallotRejectedException;
import org.reintegration.portal.selection.voting.BallotRejectedException.Reason;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VoterAgeBand;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VoterSex;
import org.reintegration.portal.selection.voting.VotingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Voting with a code through plain HTML forms, no script needed: the code page names the round, the
 * ballot follows, the vote is cast, a thank-you page links back to the round. Every check and every
 * answer comes from {@link VotingService}, as for the JSON endpoint (single-use codes, the round's rules,
 * the limit on wrong codes per address, TRY_AGAIN when the database failed), with the same HTTP status.
 * A refused ballot comes back with the reason beside the choices and the choices still ticked.
 */
@Controller
class VotePagesController {

    private static final Logger LOG = LoggerFactory.getLogger(VotePagesController.class);

    /** One initiative on the ballot as the page shows it, with what the voter has chosen so far. */
    record ItemView(BallotItem item, boolean chosen, int points, String cost, String shareOfBudget, boolean fits) {}

    private final VotingService voting;
    private final PublicRoundService rounds;
    private final MessageSource texts;
    private final Thumbnails thumbnails;

    VotePagesController(VotingService voting, PublicRoundService rounds, MessageSource texts, Thumbnails thumbnails) {
        this.voting = voting;
        this.rounds = rounds;
        this.texts = texts;
        this.thumbnails = thumbnails;
    }

    /**
     * A small picture of an initiative's photo for the ballot: only for a photo on the round's ballot that is
     * not confidential ({@link VotingService#photo}), scaled down ({@link Thumbnails}); cached by the browser
     * for a day.
     */
    @GetMapping("/vote/{roundId}/photos/{initiativeId}")
    ResponseEntity<byte[]> thumbnail(@PathVariable long roundId, @PathVariable long initiativeId) {
        return voting.photo(roundId, initiativeId)
                .flatMap(thumbnails::of)
                .map(t -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(t.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(t.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The code page without a round: the code says which round it is for. */
    @GetMapping("/vote")
    String codePage(@RequestParam(name = "code", required = false) String code, Model model) {
        model.addAttribute("openRounds", rounds.openRounds());
        return codeStep(model, null, code == null ? "" : code, null);
    }

    @GetMapping("/vote/{roundId}")
    String codePage(
            @PathVariable long roundId, @RequestParam(name = "code", required = false) String code, Model model) {
        PublicRound round = find(roundId);
        if (round.phase() != Phase.VOTING) {
            return closed(model, round);
        }
        return codeStep(model, round, code == null ? "" : code, null);
    }

    @PostMapping("/vote")
    String openBallot(
            @RequestParam(name = "code", defaultValue = "") String code,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        return open(null, code, model, locale, request, response);
    }

    @PostMapping("/vote/{roundId}")
    String openBallot(
            @PathVariable long roundId,
            @RequestParam(name = "code", defaultValue = "") String code,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        PublicRound round = find(roundId);
        if (round.phase() != Phase.VOTING) {
            return closed(model, round);
        }
        return open(round, code, model, locale, request, response);
    }

    @PostMapping("/vote/{roundId}/ballot")
    String cast(
            @PathVariable long roundId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        PublicRound round = find(roundId);
        String code = Optional.ofNullable(form.getFirst("code")).orElse("");
        BallotPaper paper;
        try {
            paper = voting.openBallot(code, roundId, origin(request));
        } catch (BallotRejectedException e) {
            return refusedCode(round, code, e, model, locale, response);
        } catch (DataAccessException e) {
            LOG.warn(
                    "Ballot page not opened, the database failed: {}",
                    e.getMostSpecificCause().toString());
            return refusedCode(
                    round, code, new BallotRejectedException(Reason.TRY_AGAIN, "database"), model, locale, response);
        }
        Map<Long, Integer> chosen = BallotForm.chosen(paper, form);
        VoterProfile voter = new VoterProfile(
                BallotForm.option(VoterGroup.class, form.getFirst("group")),
                BallotForm.option(VoterSex.class, form.getFirst("sex")),
                BallotForm.option(VoterAgeBand.class, form.getFirst("ageBand")));
        try {
            voting.castBallot(
                    new BallotSubmission(code, roundId, new BallotChoices(chosen), Channel.ONLINE, voter),
                    origin(request));
        } catch (BallotRejectedException e) {
            if (e.reason() == Reason.INVALID_CHOICE || e.reason() == Reason.TRY_AGAIN) {
                response.setStatus(status(e.reason()).value());
                return ballotStep(model, locale, paper, code, chosen, voter, message(locale, paper, e));
            }
            return refusedCode(round, code, e, model, locale, response);
        } catch (DataAccessException e) {
            LOG.warn(
                    "Ballot not taken, the database failed: {}",
                    e.getMostSpecificCause().toString());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "1");
            return ballotStep(
                    model,
                    locale,
                    paper,
                    code,
                    chosen,
                    voter,
                    message(locale, paper, new BallotRejectedException(Reason.TRY_AGAIN, "database")));
        }
        return "redirect:/vote/" + roundId + "/thanks";
    }

    @GetMapping("/vote/{roundId}/thanks")
    String thanks(@PathVariable long roundId, Model model) {
        model.addAttribute("round", find(roundId));
        return "public/thanks";
    }

    private String open(
            PublicRound round,
            String code,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            BallotPaper paper = voting.openBallot(code, round == null ? null : round.id(), origin(request));
            return ballotStep(model, locale, paper, code, Map.of(), VoterProfile.UNDECLARED, null);
        } catch (BallotRejectedException e) {
            return refusedCode(round, code, e, model, locale, response);
        } catch (DataAccessException e) {
            LOG.warn(
                    "Ballot not opened, the database failed: {}",
                    e.getMostSpecificCause().toString());
            return refusedCode(
                    round, code, new BallotRejectedException(Reason.TRY_AGAIN, "database"), model, locale, response);
        }
    }

    /** The code page again, with why the code did not open a ballot next to it. */
    private String refusedCode(
            PublicRound round,
            String code,
            BallotRejectedException e,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(status(e.reason()).value());
        if (e.reason() == Reason.ROUND_NOT_OPEN && round != null) {
            return closed(model, round);
        }
        if (e.reason() == Reason.TOO_MANY_ATTEMPTS) {
            response.setHeader("Retry-After", Long.toString(voting.retryAfterSeconds()));
        } else if (e.reason() == Reason.TRY_AGAIN) {
            response.setHeader("Retry-After", "1");
        }
        if (round == null) {
            model.addAttribute("openRounds", rounds.openRounds());
        }
        // A wrong code is not shown again; a used one or one refused for a moment is, so it can be checked
        String kept = e.reason() == Reason.USED_CODE || e.reason() == Reason.TRY_AGAIN ? code : "";
        return codeStep(model, round, kept, text(locale, e.reason().messageKey()));
    }

    private String codeStep(Model model, PublicRound round, String code, String problem) {
        model.addAttribute("round", round);
        model.addAttribute("code", code);
        model.addAttribute("problem", problem);
        model.addAttribute("active", "vote");
        return "public/vote";
    }

    private String closed(Model model, PublicRound round) {
        model.addAttribute("round", round);
        model.addAttribute("active", "vote");
        return "public/vote-closed";
    }

    private String ballotStep(
            Model model,
            Locale locale,
            BallotPaper paper,
            String code,
            Map<Long, Integer> chosen,
            VoterProfile voter,
            String problem) {
        PageFormat format = new PageFormat(locale);
        BigDecimal spent = paper.items().stream()
                .filter(i -> chosen.containsKey(i.initiativeId()))
                .map(BallotItem::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = paper.budget().subtract(spent);
        List<ItemView> items = paper.items().stream()
                .map(i -> new ItemView(
                        i,
                        chosen.containsKey(i.initiativeId()),
                        chosen.getOrDefault(i.initiativeId(), 0),
                        format.money(i.cost(), paper.currency()),
                        format.share(i.cost(), paper.budget()),
                        chosen.containsKey(i.initiativeId()) || i.cost().compareTo(left) <= 0))
                .toList();
        int count = chosen.size();
        int points = chosen.values().stream().mapToInt(Integer::intValue).sum();
        model.addAttribute("paper", paper);
        model.addAttribute("items", items);
        model.addAttribute("code", code);
        model.addAttribute("problem", problem);
        model.addAttribute("voter", voter);
        model.addAttribute("groups", VoterGroup.values());
        model.addAttribute("sexes", VoterSex.values());
        model.addAttribute("ageBands", VoterAgeBand.values());
        model.addAttribute("budget", format.money(paper.budget(), paper.currency()));
        // how the optional script writes an amount: the same form, with {n} where the number goes
        model.addAttribute("moneyPattern", format.moneyPattern(paper.currency()));
        model.addAttribute("moneyDigits", Formats.fractionDigits(paper.currency()));
        model.addAttribute(
                "rulesText",
                switch (paper.format()) {
                    case APPROVAL -> text(locale, "vote.rules.approval", paper.minChoices(), paper.maxChoices());
                    case KNAPSACK ->
                        text(locale, "vote.rules.knapsack", format.money(paper.budget(), paper.currency()));
                    case CUMULATIVE -> text(locale, "vote.rules.cumulative", paper.points());
                });
        model.addAttribute(
                "status",
                switch (paper.format()) {
                    case APPROVAL -> text(locale, "vote.status.approval", count, paper.maxChoices());
                    case KNAPSACK ->
                        text(
                                locale,
                                "vote.status.knapsack",
                                format.money(spent, paper.currency()),
                                format.money(paper.budget(), paper.currency()),
                                format.money(left, paper.currency()));
                    case CUMULATIVE -> text(locale, "vote.status.cumulative", points, paper.points());
                });
        // The same sentence with {0}, {1}, {2} left in, for the optional script that updates it as boxes are ticked
        model.addAttribute(
                "statusPattern",
                switch (paper.format()) {
                    case APPROVAL -> text(locale, "vote.status.approval", "{0}", "{1}");
                    case KNAPSACK -> text(locale, "vote.status.knapsack", "{0}", "{1}", "{2}");
                    case CUMULATIVE -> text(locale, "vote.status.cumulative", "{0}", "{1}");
                });
        model.addAttribute("knapsack", paper.format() == BallotFormat.KNAPSACK);
        model.addAttribute("cumulative", paper.format() == BallotFormat.CUMULATIVE);
        model.addAttribute("active", "vote");
        return "public/ballot";
    }

    /** The reason and, for broken rules, which rule, in the page's language (amounts with the currency). */
    private String message(Locale locale, BallotPaper paper, BallotRejectedException e) {
        String message = text(locale, e.reason().messageKey());
        if (e.detailKey() != null) {
            PageFormat format = new PageFormat(locale);
            Object[] arguments = e.detailArguments().stream()
                    .map(a -> a instanceof BigDecimal amount ? format.money(amount, paper.currency()) : a)
                    .toArray();
            message += " " + text(locale, e.detailKey(), arguments);
        }
        return message;
    }

    /** The same status the JSON endpoint answers for the same refusal. */
    static HttpStatus status(Reason reason) {
        return switch (reason) {
            case UNKNOWN_CODE, UNKNOWN_GATEWAY -> HttpStatus.FORBIDDEN;
            case USED_CODE, ROUND_NOT_OPEN -> HttpStatus.CONFLICT;
            case INVALID_CHOICE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case TRY_AGAIN -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private PublicRound find(long roundId) {
        try {
            return rounds.publicRound(roundId);
        } catch (IllegalArgumentException unknown) {
            throw new PageNotFoundException("round " + roundId);
        }
    }

    /** Wrong codes are limited per address, counted together with the JSON endpoint's. */
    private static String origin(HttpServletRequest request) {
        return "ip:" + request.getRemoteAddr();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return texts.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
    }
}
