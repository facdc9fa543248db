package org.reintegration.portal.base.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;
import org.reintegration.portal.base.BidiText;

/**
 * Text that someone typed (a title, a name, a note), shown beside other text in an HTML {@code <bdi>}
 * element: the browser lays it out in its own direction, taken from its first letter, and a direction
 * control inside it cannot turn the text after it backwards. Plain-text places (combo box items,
 * notifications, map tooltips) use {@link BidiText#isolate} instead.
 */
@Tag("bdi")
public final class UserText extends HtmlComponent implements HasText {

    /** The text, with any direction control it leaves open closed at its end; null shows nothing. */
    public UserText(String text) {
        setText(BidiText.balanced(text));
    }

    /** A line such as {@code Grantee: <bdi>name</bdi> (NGO)}: fixed text before and after typed text. */
    public static Span line(String before, String typed, String after) {
        Span line = new Span();
        if (before != null && !before.isEmpty()) {
            line.add(before);
        }
        line.add(new UserText(typed));
        if (after != null && !after.isEmpty()) {
            line.add(after);
        }
        return line;
    }
}
