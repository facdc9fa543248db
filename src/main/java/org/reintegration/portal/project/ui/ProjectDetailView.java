package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.base.ui.OfficialCommentsPanel;
import org.reintegration.portal.base.ui.UserText;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.project.Milestone;
import org.reintegration.portal.project.MilestoneStatus;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.RoundService;

/**
 * One project: what it is, where it stands and its milestones. Staff change its status and progress
 * and keep the milestones; local authorities read.
 */
@Route("projects/:projectId")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class ProjectDetailView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final ProjectService projects;
    private final InitiativeService initiatives;
    private final RoundService rounds;
    private final boolean staff;
    private final Clock clock;
    private final DateTimeFormatter dates;
    private Project project;
    private final List<Milestone> milestones = new ArrayList<>();
    final H2 heading = new H2();
    final VerticalLayout facts = new VerticalLayout();
    final Select<ProjectStatus> status = new Select<>();
    final IntegerField progress = new IntegerField();
    final Checkbox fromMilestones = new Checkbox();
    final Button saveStatus = new Button();
    final Grid<Milestone> milestoneGrid = new Grid<>();
    final TextField milestoneTitle = new TextField();
    final DatePicker milestoneDue = Localized.datePicker(new DatePicker());
    final Button addMilestone = new Button();
    final ProgressBar progressBar = new ProgressBar(0, 100);
    final OfficialCommentsPanel comments;
    final Button edit = new Button();

    private final boolean authority;

    public ProjectDetailView(
            ProjectService projects,
            InitiativeService initiatives,
            RoundService rounds,
            CurrentUser currentUser,
            Clock clock,
            ProjectFormOpener forms) {
        this.projects = projects;
        this.initiatives = initiatives;
        this.rounds = rounds;
        this.staff = currentUser.hasRole(Role.STAFF);
        this.authority = currentUser.hasRole(Role.AUTHORITY);
        this.clock = clock;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        heading.setId("project-title");
        facts.setPadding(false);
        facts.setSpacing(false);
        progressBar.getElement().setAttribute("aria-label", getTranslation("projects.progress"));
        add(heading, progressBar, facts);

        if (staff) {
            edit.setText(getTranslation("projects.edit"));
            edit.setIcon(VaadinIcon.EDIT.create());
            edit.setId("edit-project");
            edit.addClickListener(click -> forms.open(project, saved -> {
                project = saved;
                show();
                Notification.show(getTranslation("projects.saved"));
            }));
            add(edit);
            status.setLabel(getTranslation("projects.status"));
            status.setItems(ProjectStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("projects.status." + s.name()));
            progress.setLabel(getTranslation("projects.progress"));
            progress.setSuffixComponent(new Span("%"));
            progress.setMin(0);
            progress.setMax(100);
            progress.setStepButtonsVisible(true);
            fromMilestones.setLabel(getTranslation("projects.progress.from-milestones"));
            fromMilestones.addValueChangeListener(e -> progress.setEnabled(!e.getValue()));
            saveStatus.setText(getTranslation("projects.save"));
            saveStatus.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveStatus.addClickListener(e -> saveStatus());
            saveStatus.setId("save-status");
            HorizontalLayout statusRow = new HorizontalLayout(status, progress, fromMilestones, saveStatus);
            statusRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            statusRow.setWrap(true);
            add(statusRow);
        }

        add(new H3(getTranslation("projects.milestones")));
        milestoneGrid
                .addColumn(Milestone::title)
                .setHeader(getTranslation("projects.milestone.title"))
                .setFlexGrow(2);
        milestoneGrid
                .addColumn(m -> m.dueOn() == null ? "" : dates.format(m.dueOn()))
                .setHeader(getTranslation("projects.milestone.due"))
                .setAutoWidth(true);
        milestoneGrid
                .addColumn(m -> getTranslation(
                                "projects.milestone.status." + m.status().name())
                        + (m.isLate(LocalDate.now(clock)) ? " — " + getTranslation("projects.milestone.late") : ""))
                .setHeader(getTranslation("projects.milestone.status"))
                .setAutoWidth(true);
        milestoneGrid
                .addColumn(m -> m.doneOn() == null ? "" : dates.format(m.doneOn()))
                .setHeader(getTranslation("projects.milestone.done"))
                .setAutoWidth(true);
        if (staff) {
            milestoneGrid.addComponentColumn(this::milestoneActions).setAutoWidth(true);
        }
        milestoneGrid.setAllRowsVisible(true);
        milestoneGrid.setId("milestone-grid");
        add(milestoneGrid);
        if (staff) {
            milestoneTitle.setLabel(getTranslation("projects.milestone.title"));
            milestoneTitle.setMaxLength(Milestone.TITLE_MAX);
            milestoneDue.setLabel(getTranslation("projects.milestone.due"));
            addMilestone.setText(getTranslation("projects.milestone.add"));
            addMilestone.addClickListener(e -> addMilestone());
            addMilestone.setId("add-milestone");
            HorizontalLayout addRow = new HorizontalLayout(milestoneTitle, milestoneDue, addMilestone);
            addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            addRow.setWrap(true);
            add(addRow);
        }

        comments = new OfficialCommentsPanel(authority ? text -> projects.comment(project.id(), text) : null);
        comments.setId("project-comments");
        add(comments);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
            project = projects.get(id);
        } catch (NumberFormatException | InvalidInputException noSuchProject) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        milestones.clear();
        milestones.addAll(projects.milestones(id));
        show();
        comments.show(projects.comments(id));
    }

    private void show() {
        ProjectData d = project.data();
        heading.setText(d.title() == null ? getTranslation("projects.public.confidential") : d.title());
        progressBar.setValue(d.progressPercent());
        facts.removeAll();
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        money.setMaximumFractionDigits(2);
        NumberFormat whole = NumberFormat.getIntegerInstance(getLocale());
        fact(
                "projects.place",
                BidiText.isolate(project.placeName()) + " (" + d.area().value() + ")");
        fact(
                "projects.dimension",
                getTranslation(d.dimension().labelKey())
                        + (d.type() == null
                                ? ""
                                : " — " + getTranslation(d.type().labelKey())));
        fact("projects.status", getTranslation("projects.status." + d.status().name()));
        fact("projects.progress", whole.format(d.progressPercent()) + " %");
        fact("projects.partner", d.implementingPartner());
        fact("projects.funder", d.funder());
        fact("projects.planned", period(d.plannedStart(), d.plannedEnd()));
        fact("projects.actual", period(d.actualStart(), d.actualEnd()));
        fact("projects.budget", d.budget() == null ? null : Formats.money(getLocale(), d.budget(), d.currency()));
        fact("projects.spent", d.spent() == null ? null : Formats.money(getLocale(), d.spent(), d.currency()));
        fact("projects.targeted", d.targetedPeople() == null ? null : whole.format(d.targetedPeople()));
        fact("projects.targeted-returnees", d.targetedReturnees() == null ? null : whole.format(d.targetedReturnees()));
        fact("projects.reached", d.reachedPeople() == null ? null : whole.format(d.reachedPeople()));
        fact("projects.code", d.code());
        if (d.description() != null) {
            facts.add(new Paragraph(d.description()));
        }
        if (project.initiativeId() != null) {
            Anchor initiative = new Anchor(
                    "initiatives/" + project.initiativeId(),
                    getTranslation("projects.link.initiative", nameOr(() -> initiatives
                            .get(project.initiativeId())
                            .data()
                            .title())));
            initiative.setId("project-initiative-link");
            facts.add(initiative);
        }
        if (project.roundId() != null) {
            Anchor round = new Anchor(
                    "rounds/" + project.roundId(),
                    getTranslation(
                            "projects.link.round",
                            nameOr(() -> rounds.get(project.roundId()).data().name())));
            round.setId("project-round-link");
            facts.add(round);
        }
        // monitoring owns its page; a link keeps projects free of it
        Anchor monitoring = new Anchor("projects/" + project.id() + "/monitoring", getTranslation("monitoring.title"));
        monitoring.setId("project-monitoring-link");
        facts.add(monitoring);
        if (staff) {
            // grants own their pages; a link keeps projects free of them
            Anchor grant = new Anchor("grants/new?project=" + project.id(), getTranslation("projects.new-grant"));
            grant.setId("project-new-grant-link");
            facts.add(grant);
        }
        if (staff) {
            status.setValue(d.status());
            progress.setValue(d.progressPercent());
            fromMilestones.setValue(d.progressFromMilestones());
        }
        milestoneGrid.setItems(milestones);
    }

    /** The name, isolated for bidi; empty when the reader may not see the thing named. */
    private static String nameOr(java.util.function.Supplier<String> name) {
        try {
            return org.reintegration.portal.base.BidiText.isolate(name.get());
        } catch (org.springframework.security.access.AccessDeniedException | IllegalArgumentException hidden) {
            return "";
        }
    }

    private String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "…" : dates.format(from)) + " – " + (to == null ? "…" : dates.format(to));
    }

    private void fact(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation("label.colon", getTranslation(key)) + " ");
        label.getStyle().set("font-weight", "600");
        // the value may be typed text (a partner, a funder): isolated, it cannot turn the page around it
        facts.add(new Paragraph(label, new UserText(value)));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    void saveStatus() {
        ProjectData d = project.data();
        Integer percent = progress.getValue();
        if (!fromMilestones.getValue() && (percent == null || percent < 0 || percent > 100)) {
            progress.setInvalid(true);
            progress.setErrorMessage(getTranslation("projects.error.progress"));
            return;
        }
        ProjectStatus next = status.getValue();
        LocalDate today = LocalDate.now(clock);
        boolean started = next != ProjectStatus.PLANNED;
        boolean ended = next == ProjectStatus.COMPLETED || next == ProjectStatus.CANCELLED;
        ProjectData changed = d.withProgress(
                next,
                started && d.actualStart() == null ? today : d.actualStart(),
                ended && d.actualEnd() == null ? today : d.actualEnd(),
                fromMilestones.getValue() ? d.progressPercent() : percent,
                fromMilestones.getValue());
        project = projects.update(project.id(), changed);
        progress.setInvalid(false);
        show();
        Notification.show(getTranslation("projects.saved"));
    }

    void addMilestone() {
        if (milestoneTitle.getValue().isBlank()) {
            milestoneTitle.setInvalid(true);
            milestoneTitle.setErrorMessage(getTranslation("projects.error.milestone-title"));
            return;
        }
        milestoneTitle.setInvalid(false);
        List<Milestone> next = new ArrayList<>(milestones);
        next.add(Milestone.of(milestoneTitle.getValue(), milestoneDue.getValue(), null, MilestoneStatus.PLANNED, null));
        saveMilestones(next);
        milestoneTitle.clear();
        milestoneDue.clear();
    }

    private HorizontalLayout milestoneActions(Milestone milestone) {
        Button done = new Button(
                getTranslation("projects.milestone.mark-done"),
                e -> replace(
                        milestone,
                        new Milestone(
                                milestone.id(),
                                milestone.title(),
                                milestone.dueOn(),
                                LocalDate.now(clock),
                                MilestoneStatus.DONE,
                                milestone.note())));
        done.setEnabled(milestone.status() != MilestoneStatus.DONE);
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button drop = new Button(
                getTranslation("projects.milestone.drop"),
                e -> replace(
                        milestone,
                        new Milestone(
                                milestone.id(),
                                milestone.title(),
                                milestone.dueOn(),
                                null,
                                MilestoneStatus.DROPPED,
                                milestone.note())));
        drop.setEnabled(milestone.status() != MilestoneStatus.DROPPED);
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button change = new Button(getTranslation("projects.milestone.edit"), e -> new MilestoneDialog(
                        milestone, LocalDate.now(clock), updated -> replace(milestone, updated))
                .open());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("projects.milestone.remove"), e -> {
            List<Milestone> next = new ArrayList<>(milestones);
            next.remove(milestone);
            saveMilestones(next);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(done, drop, change, remove);
    }

    private void replace(Milestone old, Milestone updated) {
        List<Milestone> next = new ArrayList<>(milestones);
        next.set(next.indexOf(old), updated);
        saveMilestones(next);
    }

    private void saveMilestones(List<Milestone> next) {
        milestones.clear();
        milestones.addAll(projects.saveMilestones(project.id(), next));
        project = projects.get(project.id());
        show();
    }

    @Override
    public String pageHeading() {
        return getTranslation("projects.detail.title");
    }
}
