package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.Assessment;
import org.reintegration.portal.initiative.Criterion;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.FeasibilityReview;
import org.reintegration.portal.initiative.FeasibilityReviewService;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.Rating;
import org.reintegration.portal.initiative.ReviewData;
import org.reintegration.portal.initiative.ReviewDecision;

/**
 * The feasibility grid: a rating and a note per criterion, the community's current tension level
 * beside the do-no-harm check, and a decision with the reason the public will read.
 */
class ReviewDialog extends Dialog {

    final Map<Criterion, Select<Rating>> ratings = new EnumMap<>(Criterion.class);
    final Map<Criterion, TextArea> notes = new EnumMap<>(Criterion.class);
    final Span tension = new Span();
    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>();
    final TextArea publicReason = new TextArea();
    final BigDecimalField validatedCost = new BigDecimalField();
    final Button save = new Button();
    private final FeasibilityReviewService reviews;
    private final Initiative initiative;
    private final Runnable onSaved;

    /**
     * @param tensionNow the community's tension level from its current profile, or null when never profiled
     */
    ReviewDialog(
            FeasibilityReviewService reviews,
            Initiative initiative,
            FeasibilityReview earlier,
            TensionLevel tensionNow,
            Runnable onSaved) {
        this.reviews = reviews;
        this.initiative = initiative;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("review.heading", initiative.data().title()));
        setWidth("min(56em, 100%)");
        VerticalLayout grid = new VerticalLayout();
        grid.setPadding(false);
        for (Criterion criterion : Criterion.values()) {
            Select<Rating> rating = new Select<>();
            rating.setLabel(getTranslation(criterion.labelKey()));
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
            rating.setId("rating-" + criterion.name());
            TextArea note = new TextArea(getTranslation("review.note"));
            note.setMaxLength(criterion.noteMax());
            note.setWidthFull();
            note.setId("note-" + criterion.name());
            if (criterion == Criterion.MARKET && initiative.data().dimension() != Dimension.ECONOMIC) {
                rating.setValue(Rating.NOT_APPLICABLE);
            }
            ratings.put(criterion, rating);
            notes.put(criterion, note);
            FormLayout row = new FormLayout(rating, note);
            row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
            row.setColspan(note, 2);
            if (criterion == Criterion.DO_NO_HARM) {
                H4 heading = new H4(getTranslation("review.do-no-harm.heading"));
                tension.setText(getTranslation(
                        "review.tension-now",
                        tensionNow == null
                                ? getTranslation("review.tension-unknown")
                                : getTranslation("tension." + tensionNow)));
                tension.setId("review-tension");
                if (tensionNow == TensionLevel.HIGH || tensionNow == TensionLevel.MEDIUM) {
                    tension.getStyle()
                            .set("color", "var(--lumo-error-text-color)")
                            .set("font-weight", "600");
                }
                note.setHelperText(getTranslation("review.do-no-harm.help"));
                grid.add(heading, tension);
            }
            grid.add(row);
        }
        decision.setLabel(getTranslation("review.decision"));
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("review.decision." + d.name()));
        decision.setId("review-decision");
        publicReason.setLabel(getTranslation("review.public-reason"));
        publicReason.setHelperText(getTranslation("review.public-reason-help"));
        publicReason.setMaxLength(ReviewData.REASON_MAX);
        publicReason.setWidthFull();
        publicReason.setId("review-reason");
        validatedCost.setLabel(getTranslation("review.validated-cost"));
        validatedCost.setHelperText(getTranslation(
                "review.validated-cost-help",
                Formats.money(getLocale(), initiative.data().costEstimate(), initiative.currency())));
        validatedCost.setSuffixComponent(new Span(initiative.currency()));
        validatedCost.setId("review-validated-cost");
        grid.add(decision, publicReason, validatedCost);
        if (earlier != null) {
            earlier.data().assessments().forEach((criterion, assessment) -> {
                ratings.get(criterion).setValue(assessment.rating());
                notes.get(criterion).setValue(assessment.note() == null ? "" : assessment.note());
            });
            decision.setValue(earlier.data().decision());
            publicReason.setValue(earlier.data().publicReason());
            validatedCost.setValue(earlier.data().validatedCost());
            grid.add(new Paragraph(getTranslation("review.replaces")));
        }
        add(grid);
        save.setText(getTranslation("review.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("review-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void save() {
        List<HasValidation> all = new ArrayList<>(ratings.values());
        all.addAll(notes.values());
        all.add(publicReason);
        all.add(validatedCost);
        all.forEach(f -> f.setInvalid(false));
        decision.setInvalid(false);
        boolean ok = true;
        Map<Criterion, Assessment> grid = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            Rating rating = ratings.get(criterion).getValue();
            if (rating == null) {
                ok = invalid(ratings.get(criterion), "review.error.rating");
            } else {
                grid.put(criterion, new Assessment(rating, notes.get(criterion).getValue()));
            }
        }
        if (!ok) {
            return;
        }
        try {
            reviews.review(
                    initiative.id(),
                    new ReviewData(grid, decision.getValue(), publicReason.getValue(), validatedCost.getValue()));
        } catch (InvalidFieldException e) {
            show(e);
            return;
        }
        close();
        onSaved.run();
    }

    private void show(InvalidFieldException e) {
        String field = e.field();
        HasValidation target;
        if (field.startsWith("criterion.")) {
            target = ratings.get(Criterion.valueOf(field.substring("criterion.".length())));
        } else if (field.startsWith("note.")) {
            target = notes.get(Criterion.valueOf(field.substring("note.".length())));
        } else {
            target = switch (field) {
                case "decision" -> decision;
                case "validatedCost" -> validatedCost;
                default -> publicReason;
            };
        }
        invalid(target, e.messageKey());
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }
}
