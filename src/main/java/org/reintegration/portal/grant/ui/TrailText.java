package org.reintegration.portal.grant.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.Texts;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.grant.EventDetail;
import org.reintegration.portal.grant.GrantEvent;

/**
 * What an audit-trail event changed, in the reader's language: statuses, kinds and field names in words,
 * amounts and days written the language's way, typed text isolated so it keeps its own direction. An event
 * recorded before details were structured shows its English sentence as it was recorded.
 */
public final class TrailText {

    private TrailText() {}

    public static String of(GrantEvent event, Locale locale) {
        return event.structured().map(d -> of(d, locale)).orElse(event.detail());
    }

    public static String of(EventDetail detail, Locale locale) {
        Object[] args = detail.args().stream().map(a -> arg(a, locale)).toArray();
        return Texts.get(locale, detail.key(), args);
    }

    private static String arg(EventDetail.Arg arg, Locale locale) {
        return switch (arg) {
            case EventDetail.Text t -> BidiText.isolate(t.text());
            case EventDetail.Word w -> Texts.get(locale, w.key());
            case EventDetail.Amount m -> Formats.money(locale, m.amount(), m.currency());
            case EventDetail.Day d ->
                d.date() == null
                        ? ""
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(locale)
                                .format(d.date());
            case EventDetail.Number n -> Long.toString(n.value());
            case EventDetail.Quantity q -> Formats.count(locale, q.value());
            case EventDetail.Parts p -> join(p.parts(), locale);
        };
    }

    private static String join(List<EventDetail> parts, Locale locale) {
        // "{0}; {1}" rather than a separator of its own: a properties file would lose a separator's trailing space
        return parts.stream()
                .map(part -> of(part, locale))
                .reduce((left, right) -> Texts.get(locale, "grants.trail.then", left, right))
                .orElse("");
    }
}
