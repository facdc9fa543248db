package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.TooManyAttemptsException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeService;

/**
 * The public proposal form: anyone may propose an initiative for their community, without an
 * account. Staff check each proposal before it is published; the form says so.
 */
@Route("propose")
@AnonymousAllowed
public class ProposeView extends VerticalLayout implements HasPageHeading {

    final InitiativeForm form;
    final Button submit = new Button();
    final Paragraph thanks = new Paragraph();
    /** Why the proposal was not taken when no single field is to blame (too many from this connection). */
    final Paragraph refused = new Paragraph();
    /** What to fix before the proposal can be sent, one line per field, above the button. */
    final Div summary = new Div();
    /** The field the page last scrolled to (the first one to fix); null before any. */
    Component scrolledTo;

    private final InitiativeService initiatives;

    public ProposeView(InitiativeService initiatives) {
        this.initiatives = initiatives;
        setMaxWidth("48em");
        form = new InitiativeForm(initiatives);
        submit.setText(getTranslation("propose.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        submit.setId("propose-submit");
        thanks.setId("propose-thanks");
        refused.setId("propose-refused");
        refused.setVisible(false);
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        refused.getElement().setAttribute("role", "alert");
        thanks.setVisible(false);
        summary.setId("propose-problems");
        summary.setVisible(false);
        summary.getElement().setAttribute("role", "alert");
        summary.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("border-inline-start", "3px solid var(--lumo-error-color)")
                .set("padding-inline-start", "var(--lumo-space-m)");
        add(
                new H2(getTranslation("propose.heading")),
                new Paragraph(getTranslation("propose.intro")),
                new Paragraph(getTranslation("propose.privacy")),
                form,
                summary,
                refused,
                submit,
                thanks);
    }

    void submit() {
        InitiativeData data = form.read(null);
        if (data == null) {
            showProblems();
            return;
        }
        summary.setVisible(false);
        refused.setText("");
        refused.setVisible(false);
        try {
            initiatives.propose(data, form.photo.value(), address());
        } catch (InvalidFieldException e) {
            form.show(e);
            showProblems();
            return;
        } catch (TooManyAttemptsException e) {
            refused.setText(getTranslation(e.messageKey(), e.minutes()));
            refused.setVisible(true);
            return;
        }
        form.setVisible(false);
        submit.setVisible(false);
        String received = getTranslation("propose.thanks", BidiText.isolate(data.title()));
        thanks.setText(
                form.photo.value() == null && form.photo.refusal() != null
                        ? received + " " + getTranslation("propose.thanks-without-photo")
                        : received);
        thanks.setVisible(true);
    }

    /**
     * Lists what to fix above the button and brings the first field at fault into view, focused: on a
     * phone it may be several screens up from the button.
     */
    private void showProblems() {
        List<InitiativeForm.Problem> problems = form.problems();
        summary.removeAll();
        summary.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return;
        }
        summary.add(new Paragraph(getTranslation("propose.problems", problems.size())));
        UnorderedList list = new UnorderedList();
        for (InitiativeForm.Problem problem : problems) {
            list.add(new ListItem(
                    problem.label().isEmpty()
                            ? problem.message()
                            : getTranslation("propose.problem", problem.label(), problem.message())));
        }
        summary.add(list);
        scrolledTo = problems.getFirst().field();
        scrolledTo.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        if (scrolledTo instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** The client's address; behind the proxy, production takes it from the forwarded headers. */
    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String pageHeading() {
        return getTranslation("propose.title");
    }
}
