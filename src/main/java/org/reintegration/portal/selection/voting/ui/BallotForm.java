package org.reintegration.portal.selection.voting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.voting.BallotChoices;
import org.reintegration.portal.selection.voting.BallotItem;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.BallotRejectedException;
import org.reintegration.portal.selection.voting.ChoiceRules;
import org.reintegration.portal.selection.voting.VoterAgeBand;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VoterSex;
import org.reintegration.portal.selection.voting.VotingService;

/**
 * A ballot to fill in, for the voting page and for paper entry: the initiatives with their dimension's
 * icon, photo, cost and description, a tick box (approval, knapsack) or points (cumulative) each, what
 * is chosen so far shown live against the ballot's rules, and the optional questions about the voter.
 */
class BallotForm extends VerticalLayout {

    private final BallotPaper paper;
    private final NumberFormat numbers;
    final Map<Long, Checkbox> ticks = new LinkedHashMap<>();
    final Map<Long, IntegerField> points = new LinkedHashMap<>();
    final Span status = new Span();
    final Select<VoterGroup> group = new Select<>();
    final Select<VoterSex> sex = new Select<>();
    final Select<VoterAgeBand> ageBand = new Select<>();

    BallotForm(BallotPaper paper, VotingService voting) {
        this.paper = paper;
        this.numbers = NumberFormat.getInstance(getLocale());
        setPadding(false);
        addClassName("ballot-form");
        add(new Paragraph(rulesText()));
        for (BallotItem item : paper.items()) {
            add(itemCard(item, voting));
        }
        status.setId("ballot-status");
        status.addClassName("ballot-status");
        add(status);
        add(voterQuestions());
        updateStatus();
    }

    /** What the voter chose so far. */
    BallotChoices choices() {
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        ticks.forEach((id, box) -> {
            if (box.getValue()) {
                chosen.put(id, 1);
            }
        });
        points.forEach((id, field) -> {
            if (field.getValue() != null && field.getValue() != 0) {
                chosen.put(id, field.getValue());
            }
        });
        return new BallotChoices(chosen);
    }

    VoterProfile voter() {
        return new VoterProfile(group.getValue(), sex.getValue(), ageBand.getValue());
    }

    /** Clears every choice and answer, for the next paper ballot. */
    void clear() {
        ticks.values().forEach(box -> box.setValue(false));
        points.values().forEach(field -> field.setValue(0));
        group.clear();
        sex.clear();
        ageBand.clear();
        updateStatus();
    }

    /** The chosen initiatives with their points, for the review step. */
    List<String> describeChoices() {
        return choices().points().entrySet().stream()
                .map(entry -> {
                    String title =
                            paper.item(entry.getKey()).map(BallotItem::title).orElse("?");
                    return paper.format() == BallotFormat.CUMULATIVE
                            ? BidiText.isolate(title) + " — " + getTranslation("vote.points-given", entry.getValue())
                            : BidiText.isolate(title);
                })
                .toList();
    }

    /** The problem with the choices so far, as the voter is told it; {@code null} when they are fine. */
    String problem() {
        try {
            ChoiceRules.check(paper, choices());
            return null;
        } catch (BallotRejectedException e) {
            return getTranslation(
                    e.detailKey(), e.detailArguments().stream().map(this::shown).toArray());
        }
    }

    String money(BigDecimal amount) {
        return Formats.money(getLocale(), amount, paper.currency());
    }

    private Object shown(Object argument) {
        return argument instanceof BigDecimal amount ? money(amount) : argument;
    }

    private String rulesText() {
        return switch (paper.format()) {
            case APPROVAL -> getTranslation("vote.rules.approval", paper.minChoices(), paper.maxChoices());
            case KNAPSACK -> getTranslation("vote.rules.knapsack", money(paper.budget()));
            case CUMULATIVE -> getTranslation("vote.rules.cumulative", paper.points());
        };
    }

    private Div itemCard(BallotItem item, VotingService voting) {
        Icon icon = dimensionIcon(item.dimension());
        H3 title = new H3(item.title());
        title.getElement().setAttribute("lang", item.textLanguage());
        Span cost = new Span(getTranslation("vote.cost", money(item.cost())));
        cost.addClassName("ballot-item-cost");
        Div card = new Div(icon, title, cost);
        card.addClassName("ballot-item");
        card.setId("item-" + item.initiativeId());
        if (item.hasPhoto()) {
            Image photo = new Image(
                    DownloadHandler.fromInputStream(event -> voting.photo(paper.roundId(), item.initiativeId())
                            .map(p -> new DownloadResponse(
                                    new ByteArrayInputStream(p.bytes()), "photo", p.mediaType(), p.bytes().length))
                            .orElse(DownloadResponse.error(404))),
                    item.title());
            photo.addClassName("ballot-item-photo");
            card.add(photo);
        }
        if (!item.description().isEmpty()) {
            Paragraph description = new Paragraph(item.description());
            description.getElement().setAttribute("lang", item.textLanguage());
            card.add(description);
        }
        if (paper.format() == BallotFormat.CUMULATIVE) {
            IntegerField field = new IntegerField(getTranslation("vote.points"));
            field.setMin(0);
            field.setMax(paper.points());
            field.setStepButtonsVisible(true);
            field.setValue(0);
            field.setId("points-" + item.initiativeId());
            field.addValueChangeListener(e -> updateStatus());
            points.put(item.initiativeId(), field);
            card.add(field);
        } else {
            Checkbox tick = new Checkbox(getTranslation("vote.choose"));
            tick.setId("choose-" + item.initiativeId());
            tick.addValueChangeListener(e -> updateStatus());
            ticks.put(item.initiativeId(), tick);
            card.add(tick);
        }
        return card;
    }

    static Icon dimensionIcon(String dimension) {
        Icon icon =
                switch (dimension) {
                    case "ECONOMIC" -> VaadinIcon.BRIEFCASE.create();
                    case "SOCIAL" -> VaadinIcon.HANDSHAKE.create();
                    default -> VaadinIcon.HEART.create();
                };
        String name = dimension.toLowerCase(java.util.Locale.ROOT);
        icon.setColor("var(--portal-" + name + ")");
        // an icon with a name is an image to assistive technology; without the role its name would be ignored
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", icon.getTranslation("dimension." + name));
        icon.addClassName("dimension-icon");
        return icon;
    }

    private void updateStatus() {
        BallotChoices chosen;
        try {
            chosen = choices();
        } catch (BallotRejectedException e) {
            status.setText(getTranslation(e.detailKey()));
            return;
        }
        String text =
                switch (paper.format()) {
                    case APPROVAL -> getTranslation("vote.status.approval", chosen.count(), paper.maxChoices());
                    case KNAPSACK ->
                        getTranslation(
                                "vote.status.knapsack",
                                money(chosen.totalCost(paper)),
                                money(paper.budget()),
                                money(paper.budget().subtract(chosen.totalCost(paper))));
                    case CUMULATIVE -> getTranslation("vote.status.cumulative", chosen.totalPoints(), paper.points());
                };
        status.setText(text);
        String problem = chosen.count() == 0 ? null : problem();
        status.getElement().getClassList().set("ballot-status-problem", problem != null);
    }

    private Div voterQuestions() {
        group.setLabel(getTranslation("vote.about.group"));
        group.setItems(VoterGroup.values());
        group.setItemLabelGenerator(g -> g == null ? "" : getTranslation("voter-group." + g.name()));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("vote.about.prefer-not"));
        group.setId("voter-group");
        sex.setLabel(getTranslation("vote.about.sex"));
        sex.setItems(VoterSex.values());
        sex.setItemLabelGenerator(s -> s == null ? "" : getTranslation("voter-sex." + s.name()));
        sex.setEmptySelectionAllowed(true);
        sex.setEmptySelectionCaption(getTranslation("vote.about.prefer-not"));
        sex.setId("voter-sex");
        ageBand.setLabel(getTranslation("vote.about.age"));
        ageBand.setItems(VoterAgeBand.values());
        ageBand.setItemLabelGenerator(a -> a == null ? "" : getTranslation("profiles.age." + a.name()));
        ageBand.setEmptySelectionAllowed(true);
        ageBand.setEmptySelectionCaption(getTranslation("vote.about.prefer-not"));
        ageBand.setId("voter-age");
        Div questions = new Div(
                new H3(getTranslation("vote.about.heading")),
                new Paragraph(getTranslation("vote.about.why")),
                group,
                sex,
                ageBand);
        questions.addClassName("voter-questions");
        return questions;
    }
}
