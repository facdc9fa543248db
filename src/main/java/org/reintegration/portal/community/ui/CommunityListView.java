package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.ProfileExport;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * Communities the user may see, found by area (with everything below it) and name, a page at a time
 * so that it stays fast with thousands of communities. Staff add and edit; local authorities read.
 */
@Route("communities")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class CommunityListView extends VerticalLayout implements HasPageHeading, BeforeEnterObserver {

    private final CommunityService communities;
    private final ProfileExport export;
    private final Clock clock;
    /** What the list shows now; downloads export the same. */
    private volatile CommunityFilter filter = CommunityFilter.ALL;

    final ComboBox<AdminArea> area = new ComboBox<>();
    final TextField name = new TextField();
    final Checkbox archived = new Checkbox();
    final Select<TensionLevel> tension = new Select<>();
    final IntegerField minReturneeShare = new IntegerField();
    final DatePicker notProfiledSince = Localized.datePicker(new DatePicker());
    final Select<CommunitySort> sort = new Select<>();
    final Grid<Community> grid = new Grid<>();
    private final List<AdminArea> areaChoices = new ArrayList<>();
    private final Map<PCode, AdminArea> areasByCode;

    public CommunityListView(
            CommunityService communities,
            AdminAreaService areas,
            CurrentUser currentUser,
            ProfileExport export,
            Clock clock) {
        this.communities = communities;
        this.export = export;
        this.clock = clock;
        setSizeFull();
        for (int level = 1; level <= 3; level++) {
            areaChoices.addAll(areas.listAreas(level));
        }
        areasByCode =
                areaChoices.stream().collect(Collectors.toMap(AdminArea::pcode, Function.identity(), (a, b) -> a));

        area.setLabel(getTranslation("communities.filter.area"));
        area.setItems(areaChoices);
        area.setItemLabelGenerator(this::areaLabel);
        area.setClearButtonVisible(true);
        area.setId("community-area-filter");
        name.setLabel(getTranslation("communities.filter.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setId("community-name-filter");
        archived.setLabel(getTranslation("communities.filter.archived"));
        tension.setLabel(getTranslation("communities.filter.tension"));
        tension.setItems(TensionLevel.values());
        tension.setEmptySelectionAllowed(true);
        tension.setEmptySelectionCaption(getTranslation("communities.filter.any"));
        tension.setItemLabelGenerator(
                t -> t == null ? getTranslation("communities.filter.any") : getTranslation("tension." + t.name()));
        tension.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        name.addValueChangeListener(e -> refresh());
        archived.addValueChangeListener(e -> refresh());
        minReturneeShare.setLabel(getTranslation("communities.filter.returnee-share"));
        minReturneeShare.setSuffixComponent(new Span("%"));
        minReturneeShare.setMin(0);
        minReturneeShare.setMax(100);
        minReturneeShare.setClearButtonVisible(true);
        minReturneeShare.setValueChangeMode(ValueChangeMode.LAZY);
        minReturneeShare.setId("community-returnee-share-filter");
        minReturneeShare.addValueChangeListener(e -> refresh());
        notProfiledSince.setLabel(getTranslation("communities.filter.not-profiled-since"));
        notProfiledSince.setHelperText(getTranslation("communities.filter.not-profiled-since.help"));
        notProfiledSince.setClearButtonVisible(true);
        notProfiledSince.setId("community-profiled-filter");
        notProfiledSince.addValueChangeListener(e -> refresh());
        sort.setLabel(getTranslation("communities.sort"));
        sort.setItems(CommunitySort.values());
        sort.setItemLabelGenerator(s -> getTranslation("communities.sort." + s.name()));
        sort.setValue(CommunitySort.NAME);
        sort.setId("community-sort");
        sort.addValueChangeListener(e -> refresh());

        HorizontalLayout filters =
                new HorizontalLayout(area, name, tension, minReturneeShare, notProfiledSince, sort, archived);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (currentUser.hasRole(Role.STAFF)) {
            Button add = new Button(getTranslation("communities.new"), VaadinIcon.PLUS.create(), click -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-community");
            filters.add(add);
            Anchor kobo = new Anchor("assessments/import", getTranslation("communities.import-kobo"));
            kobo.setId("import-kobo");
            filters.add(kobo);
        }

        Locale locale = getLocale();
        Anchor hxl = new Anchor(
                DownloadHandler.fromInputStream(event -> download(
                        "csv", "text/csv;charset=UTF-8", (filter, out) -> export.writeCsv(filter, locale, out))),
                getTranslation("communities.export.hxl"));
        hxl.setId("export-hxl");
        Anchor xlsx = new Anchor(
                DownloadHandler.fromInputStream(event -> download(
                        "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        (filter, out) -> export.writeXlsx(filter, locale, out))),
                getTranslation("communities.export.xlsx"));
        xlsx.setId("export-xlsx");
        filters.add(hxl, xlsx);

        NumberFormat degrees = NumberFormat.getNumberInstance(getLocale());
        degrees.setMaximumFractionDigits(5);
        grid.addColumn(c -> c.data().name())
                .setHeader(getTranslation("communities.name"))
                .setFlexGrow(2);
        grid.addColumn(c -> areaLabel(areasByCode.get(c.data().area()), c.data().area()))
                .setHeader(getTranslation("communities.area"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.data().location() == null
                        ? ""
                        : degrees.format(c.data().location().lat()) + ", "
                                + degrees.format(c.data().location().lon()))
                .setHeader(getTranslation("communities.location"));
        grid.addColumn(c -> c.current() == null
                        ? ""
                        : getTranslation("tension." + c.current().tension().name()))
                .setHeader(getTranslation("communities.tension"));
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        grid.addColumn(c -> c.current() == null || c.current().returneeShare() == null
                        ? ""
                        : percent.format(c.current().returneeShare()))
                .setHeader(getTranslation("communities.returnee-share"));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(c -> c.current() == null
                        ? getTranslation("communities.never-profiled")
                        : dates.format(c.current().assessedOn()))
                .setHeader(getTranslation("communities.last-profiled"));
        grid.addColumn(c -> c.archived() ? getTranslation("communities.archived") : "")
                .setHeader(getTranslation("communities.status"));
        grid.setId("community-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                CommunityDetailView.class,
                new RouteParameters(
                        "communityId", String.valueOf(click.getItem().id())))));
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        CommunityFilter filter = new CommunityFilter(
                area.getValue() == null ? null : area.getValue().pcode(),
                name.getValue(),
                archived.getValue(),
                tension.getValue(),
                minReturneeShare.isInvalid() || minReturneeShare.getValue() == null
                        ? null
                        : Math.clamp(minReturneeShare.getValue(), 0, 100) / 100.0,
                notProfiledSince.getValue());
        this.filter = filter;
        CommunitySort order = sort.getValue() == null ? CommunitySort.NAME : sort.getValue();
        grid.setItems(
                query -> communities.list(filter, order, query.getOffset(), query.getLimit()).stream(),
                query -> communities.count(filter));
    }

    private interface Exporter {
        void write(CommunityFilter filter, java.io.OutputStream out) throws IOException;
    }

    /** The current profiles of the communities the filters show, as a file named after today. */
    private DownloadResponse download(String extension, String contentType, Exporter exporter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.write(filter, bytes);
        String fileName = "community-profiles-" + LocalDate.now(clock) + "." + extension;
        return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), fileName, contentType, bytes.size());
    }

    private void edit(Community community) {
        new CommunityDialog(communities, community, areaChoices, this::areaLabel, this::refresh).open();
    }

    private String areaLabel(AdminArea area) {
        return area.pcode().value() + " · " + area.nameIn(getLocale());
    }

    private String areaLabel(AdminArea area, PCode pcode) {
        return area == null ? pcode.value() : areaLabel(area);
    }

    /** A link such as {@code communities?area=GN004} (from the map) opens the list filtered by that area. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("area").ifPresent(code -> areaChoices.stream()
                .filter(a -> a.pcode().value().equals(code))
                .findFirst()
                .ifPresent(area::setValue));
    }

    @Override
    public String pageHeading() {
        return getTranslation("communities.title");
    }
}
