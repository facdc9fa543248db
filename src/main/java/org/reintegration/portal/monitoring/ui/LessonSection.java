package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.monitoring.Lesson;
import org.reintegration.portal.monitoring.LessonService;

/** A project's lessons learned, newest first; staff write new ones. */
class LessonSection extends VerticalLayout {

    private final LessonService lessons;
    private final long projectId;
    final UnorderedList list = new UnorderedList();
    final TextArea text = new TextArea();
    final Button add = new Button();

    LessonSection(LessonService lessons, long projectId, boolean staff) {
        this.lessons = lessons;
        this.projectId = projectId;
        setPadding(false);
        setId("lessons");
        list.addClassName("lessons");
        add(list);
        if (staff) {
            text.setLabel(getTranslation("lessons.new"));
            text.setMaxLength(Lesson.TEXT_MAX);
            text.setWidthFull();
            add.setText(getTranslation("lessons.add"));
            add.setId("add-lesson");
            add.addClickListener(e -> addLesson());
            add(text, add);
        }
    }

    void refresh() {
        show(lessons.ofProject(projectId));
    }

    void addLesson() {
        try {
            show(lessons.add(projectId, text.getValue()));
            text.clear();
            text.setInvalid(false);
        } catch (InvalidFieldException refused) {
            text.setErrorMessage(getTranslation(refused.messageKey()));
            text.setInvalid(true);
        }
    }

    private void show(List<Lesson> lessonList) {
        list.removeAll();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        if (lessonList.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("lessons.none"))));
        }
        for (Lesson lesson : lessonList) {
            list.add(new ListItem(dates.format(lesson.learnedOn()) + ", "
                    + getTranslation("label.colon", lesson.author()) + " " + lesson.text()));
        }
    }
}
