package org.reintegration.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.OfficialComment;

/**
 * Official comments of local authorities on a project or an initiative, each signed with its author's
 * name and office, and (for a local authority) a box to post one. Whoever builds it says how a
 * comment is posted; the service behind decides whether the caller may.
 */
public class OfficialCommentsPanel extends VerticalLayout {

    public final VerticalLayout list = new VerticalLayout();
    public final TextArea text = new TextArea();
    public final Button post = new Button();

    /**
     * @param poster posts a comment's text and returns all comments after it; null when the user may
     *     not post
     */
    public OfficialCommentsPanel(Function<String, List<OfficialComment>> poster) {
        setPadding(false);
        add(new H3(getTranslation("official-comments.title")));
        list.setPadding(false);
        list.addClassName("official-comments");
        add(list);
        if (poster != null) {
            text.setLabel(getTranslation("official-comments.new"));
            text.setMaxLength(OfficialComment.TEXT_MAX);
            text.setWidthFull();
            post.setText(getTranslation("official-comments.post"));
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            post.addClickListener(e -> post(poster));
            post.setId("post-comment");
            add(text, post);
        }
    }

    private void post(Function<String, List<OfficialComment>> poster) {
        try {
            show(poster.apply(text.getValue()));
            text.clear();
            text.setInvalid(false);
        } catch (InvalidFieldException refused) {
            text.setErrorMessage(getTranslation(refused.messageKey()));
            text.setInvalid(true);
        }
    }

    /** Shows these comments, oldest first. */
    public void show(List<OfficialComment> comments) {
        list.removeAll();
        if (comments.isEmpty()) {
            list.add(new Paragraph(getTranslation("official-comments.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        for (OfficialComment comment : comments) {
            Span author = new Span(comment.authorName()
                    + (comment.authorOffice() == null ? "" : ", " + comment.authorOffice()) + " — "
                    + when.format(comment.createdAt()));
            author.getStyle().set("font-weight", "600");
            author.addClassName("official-comment-author");
            Paragraph body = new Paragraph(comment.text());
            body.addClassName("official-comment");
            list.add(new Div(author, body));
        }
    }
}
