package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.interop.csv.CsvWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme CSV is read a page of grants at a time with its figures added up by the database; across
 * page boundaries it must be, byte for byte, what each grant's own rows give when added up in Java.
 */
@PortalTest
@Transactional
@WithUserDetails("staff")
class ProgrammeCsvTest {

    /** More than two pages of 500, so that one page is full, one ends exactly and one is short. */
    private static final int GENERATED = 1_003;

    @Autowired
    GrantService grants;

    @Autowired
    GrantExport export;

    @Autowired
    DSLContext db;

    @Test
    void across_pages_the_csv_is_byte_for_byte_what_each_grant_s_own_figures_give() throws IOException {
        generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.writeProgrammeCsv(out);

        String expected = expected();
        String written = out.toString(StandardCharsets.UTF_8);
        List<String> rows = written.lines().skip(1).toList();
        assertThat(rows).hasSizeGreaterThan(GENERATED);
        // the generated grants hold every case the figures have to add up
        assertThat(rows).anyMatch(r -> r.endsWith(",1")).anyMatch(r -> r.endsWith(",0"));
        assertThat(rows).anyMatch(r -> r.contains(",0,0,0,")).anyMatch(r -> r.contains("\"Groupe \"\""));
        assertThat(written).isEqualTo(expected);
    }

    /** The file as it was written before its figures were added up by the database: one grant at a time. */
    private String expected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(writer, ',', Set.of(0, 6, 7, 8, 9, 13));
        csv.write(List.of(
                "grant_id",
                "title",
                "grantee",
                "grantee_kind",
                "status",
                "currency",
                "amount",
                "budgeted",
                "disbursed",
                "spent",
                "start",
                "end",
                "projects",
                "overspent_flag"));
        for (GrantSummary summary : grants.list(null)) {
            Grant grant = summary.grant();
            GrantData d = grant.data();
            GrantBalance balance = grants.balance(grant.id());
            csv.write(List.of(
                    String.valueOf(grant.id()),
                    d.title(),
                    d.granteeName(),
                    d.granteeKind().name(),
                    grant.status().name(),
                    d.currency(),
                    d.amount().toPlainString(),
                    balance.budgeted().toPlainString(),
                    balance.disbursed().toPlainString(),
                    balance.spent().toPlainString(),
                    d.startOn().toString(),
                    d.endOn().toString(),
                    String.join(
                            " ",
                            d.projectIds().stream()
                                    .sorted()
                                    .map(String::valueOf)
                                    .toList()),
                    balance.flagged() ? "1" : "0"));
        }
        csv.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Grants with none to three budget lines, one or two projects, released, prepared and cancelled
     * disbursements, accepted, entered and rejected reports, some lines spent beyond the tolerance.
     */
    private void generate() {
        String digits = "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4"
                + " union all select 5 union all select 6 union all select 7 union all select 8 union all select 9)";
        String numbers = "(select a.d + 10 * b.d + 100 * c.d + 1000 * e.d n from " + digits + " a, " + digits + " b, "
                + digits + " c, " + digits + " e)";
        // (the number is read only from the generated titles: the demo grants' titles are not numbers)
        String generated = "(select id, case when title like 'Page test %' then cast(substring(title, 11) as"
                + " unsigned) end n from grant_agreement where title like 'Page test %')";
        db.execute("insert into grant_agreement (title, grantee_name, grantee_kind, amount, currency, start_on,"
                + " end_on, tolerance_percent, report_every_months, status, prepared_by, created_at, updated_at)"
                + " select concat('Page test ', n), if(n % 7 = 0, concat('Groupe \"', n, '\", Kindia'), concat("
                + "'Groupe ', n)), elt(1 + n % 3, 'COMMUNITY_ORGANISATION', 'GROUP', 'LOCAL_PARTNER'), 900000 + n *"
                + " 100 + if(n % 4 = 0, 0.5, 0), elt(1 + n % 2, 'GNF', 'USD'), date '2026-01-01' + interval (n % 90)"
                + " day, date '2027-06-30', n % 15, 3, elt(1 + n % 6, 'DRAFT', 'SUBMITTED', 'APPROVED', 'ACTIVE',"
                + " 'SUSPENDED', 'CLOSED'), 'staff', timestamp '2026-01-01 08:00:00', timestamp '2026-01-01"
                + " 08:00:00' from " + numbers + " s where n < " + GENERATED + " order by n");
        db.execute("insert into grant_project (grant_id, project_id) select g.id, p.id from " + generated + " g join"
                + " (select id, row_number() over (order by id) - 1 k from project) p on p.k < 1 + g.n % 2");
        db.execute("insert into grant_budget_line (grant_id, category, description, amount) select g.id, elt(1 +"
                + " k.n, 'EQUIPMENT', 'WORKS', 'TRAINING'), 'Ligne', 300000 + 50000 * k.n from " + generated + " g"
                + " join " + numbers + " k on k.n < g.n % 4");
        db.execute("insert into grant_tranche (grant_id, number, amount, planned_on) select g.id, 1, 500000, date"
                + " '2026-03-01' from " + generated + " g");
        db.execute("insert into grant_disbursement (grant_id, tranche_id, amount, status, prepared_by, prepared_at)"
                + " select t.grant_id, t.id, 100000 + 25000 * k.n, elt(1 + (g.n + k.n) % 3, 'RELEASED', 'PREPARED',"
                + " 'CANCELLED'), 'staff', timestamp '2026-03-02 08:00:00' from " + generated + " g join grant_tranche"
                + " t on t.grant_id = g.id join " + numbers + " k on k.n < g.n % 3");
        db.execute("insert into grant_expenditure_report (grant_id, period_end, final_report, status, entered_by,"
                + " entered_at) select g.id, date '2026-04-30' + interval k.n month, 0, elt(1 + (g.n + k.n) % 3,"
                + " 'ACCEPTED', 'ENTERED', 'REJECTED'), 'staff', timestamp '2026-05-05 08:00:00' from " + generated
                + " g join " + numbers + " k on k.n < g.n % 3");
        db.execute("insert into grant_expenditure_line (report_id, budget_line_id, amount) select r.id, l.id,"
                + " if(r.grant_id % 5 = 0, round(l.amount * 1.05, 2) + 0.01, 120000.25) from grant_expenditure_report r join "
                + generated + " g on g.id = r.grant_id join grant_budget_line l on l.grant_id = r.grant_id");
    }
}
