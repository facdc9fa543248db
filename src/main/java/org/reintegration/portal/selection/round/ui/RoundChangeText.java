package org.reintegration.portal.selection.round.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundChange;
import org.reintegration.portal.selection.round.RoundChangeKind;
import org.reintegration.portal.selection.round.RuleName;

/**
 * A round change log entry in the reader's language: phases, ballot formats and outcome rules by their names,
 * dates and amounts the locale's way. An entry without a kind (written before kinds were stored, in a shape
 * not recognised) reads as it was written.
 */
final class RoundChangeText {

    private final Locale locale;

    RoundChangeText(Locale locale) {
        this.locale = locale;
    }

    String of(RoundChange change) {
        if (change.kind().isEmpty()) {
            return change.what();
        }
        Map<String, String> p = change.params();
        RoundChangeKind kind = change.kind().get();
        String key = "rounds.log." + kind.name();
        return switch (kind) {
            case ROUND_CREATED ->
                t(
                        key,
                        isolated(p.getOrDefault("name", "")),
                        isolated(p.getOrDefault("communities", "")),
                        money(p.get("budget"), p.get("currency")),
                        rules(p, ""),
                        rule(p.get("rule")));
            case NAME_CHANGED, COMMUNITIES_CHANGED ->
                t(key, isolated(p.getOrDefault("from", "")), isolated(p.getOrDefault("to", "")));
            case DATES_CHANGED -> t(key, dates(p, "from."), dates(p, "to."));
            case SLIP_LANGUAGE_CHANGED -> t(key, language(p.get("from")), language(p.get("to")));
            case BUDGET_CHANGED ->
                t(key, money(p.get("from"), p.get("currency")), money(p.get("to"), p.get("currency")));
            case BALLOT_RULES_CHANGED -> t(key, rules(p, "from."), rules(p, "to."));
            case OUTCOME_RULE_CHANGED -> t(key, rule(p.get("from")), rule(p.get("to")));
            case PHASE_MOVED, PHASE_STEPPED_BACK -> t(key, phase(p.get("phase")), date(p.get("date")));
            case BALLOT_SET -> ballot(p);
        };
    }

    private String ballot(Map<String, String> p) {
        List<String> lines = new ArrayList<>();
        String ballot = p.getOrDefault("ballot", "");
        lines.add(t("rounds.log.BALLOT_SET", ballot.isEmpty() ? t("rounds.log.ballot.nothing") : list(ballot)));
        if (!p.getOrDefault("added", "").isEmpty()) {
            lines.add(t("rounds.log.ballot.added", list(p.get("added"))));
        }
        if (!p.getOrDefault("removed", "").isEmpty()) {
            lines.add(t("rounds.log.ballot.removed", list(p.get("removed"))));
        }
        return String.join("\n", lines);
    }

    private String list(String titles) {
        return String.join(
                t("rounds.log.list-separator"),
                java.util.Arrays.stream(titles.split("\n"))
                        .map(RoundChangeText::isolated)
                        .toList());
    }

    private String rules(Map<String, String> p, String prefix) {
        BallotFormat format;
        try {
            format = BallotFormat.valueOf(p.getOrDefault(prefix + "format", ""));
        } catch (IllegalArgumentException unknown) {
            return p.getOrDefault(prefix + "format", "");
        }
        String name = t(format.labelKey());
        return switch (format) {
            case APPROVAL ->
                t(
                        "rounds.log.rules.APPROVAL",
                        name,
                        p.getOrDefault(prefix + "min", "?"),
                        p.getOrDefault(prefix + "max", "?"));
            case KNAPSACK -> t("rounds.log.rules.KNAPSACK", name);
            case CUMULATIVE -> t("rounds.log.rules.CUMULATIVE", name, p.getOrDefault(prefix + "points", "?"));
        };
    }

    private String rule(String code) {
        return code == null
                ? ""
                : RuleName.ofCode(code).map(r -> t(r.labelKey())).orElse(code);
    }

    private String phase(String name) {
        try {
            return t(Phase.valueOf(name).labelKey());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return name == null ? "" : name;
        }
    }

    private String dates(Map<String, String> p, String prefix) {
        List<String> parts = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            String date = p.get(prefix + phase.name());
            if (date != null) {
                parts.add(t("rounds.date." + phase.name()) + " " + date(date));
            }
        }
        return parts.isEmpty() ? t("rounds.log.dates.none") : String.join(t("rounds.log.list-separator"), parts);
    }

    private String date(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(LocalDate.parse(iso));
        } catch (DateTimeParseException unreadable) {
            return iso;
        }
    }

    private String money(String amount, String currency) {
        if (amount == null) {
            return "";
        }
        try {
            return Formats.money(locale, new BigDecimal(amount), currency);
        } catch (NumberFormatException unreadable) {
            return amount + " " + currency;
        }
    }

    private String language(String code) {
        if (code == null || code.isBlank()) {
            return t("rounds.log.language.none");
        }
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    /**
     * Text someone typed (a title, a name) set apart from the sentence around it, so that a Latin title keeps its
     * place in an Arabic line and an Arabic one in a French line.
     */
    private static String isolated(String typed) {
        return typed.isEmpty() ? typed : "\u2068" + typed + "\u2069";
    }

    private String t(String key, Object... args) {
        return I18NProvider.translate(locale, key, args);
    }
}
