package org.reintegration.portal.interop.hxl.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportRejectedException;

/**
 * The problems of an imported file as every import screen lists them: each with its line and column, in the
 * reader's language, then how many more there were when not all are listed.
 */
public final class ImportProblemList {

    private ImportProblemList() {}

    /**
     * Replaces the list's items with the problems, in the language of the view's page.
     *
     * @param count how many problems there were in all (more than listed when there are many)
     */
    public static void show(UnorderedList list, List<ImportProblem> problems, int count, Component view) {
        list.removeAll();
        Locale locale = view.getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Locale.ENGLISH);
        problems.forEach(problem -> list.add(new ListItem(problem.message(locale))));
        int unlisted = count - problems.size();
        if (unlisted > 0) {
            list.add(new ListItem(view.getTranslation("kobo.preview.more", Formats.count(locale, unlisted))));
        }
    }

    /**
     * A new list of why a file was refused: its problems with their lines and columns, in the language of the
     * view's page, or the refusal's own problems when it is not about the file's content.
     */
    public static UnorderedList of(InvalidInputException refused, Component view) {
        if (refused instanceof ImportRejectedException rejected) {
            return of(rejected.importProblems(), rejected.problemCount(), view);
        }
        UnorderedList list = new UnorderedList();
        refused.problems().forEach(problem -> list.add(new ListItem(problem)));
        return list;
    }

    /** A new list of the problems, in the language of the view's page. */
    public static UnorderedList of(List<ImportProblem> problems, int count, Component view) {
        UnorderedList list = new UnorderedList();
        list.addClassName("import-problems");
        show(list, problems, count, view);
        return list;
    }
}
