package org.reintegration.portal.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.returnees.AreaPopulationService;
import org.reintegration.portal.returnees.ReturneeCountData;
import org.reintegration.portal.returnees.ReturneeCountService;

/**
 * Invented returnee counts for every prefecture in two rounds, the second growing or shrinking from
 * the first. A few prefectures get counts below five, so that small-cell suppression shows in the demo.
 */
final class DemoReturneeCounts {

    static final String SOURCE = "Demo data: invented figures";
    private static final LocalDate[] ROUNDS = {LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31)};

    private final AdminAreaService areas;
    private final ReturneeCountService returnees;
    private final AreaPopulationService populations;
    private final Random random = new Random(DemoCommunities.SEED + 1);

    DemoReturneeCounts(AdminAreaService areas, ReturneeCountService returnees, AreaPopulationService populations) {
        this.areas = areas;
        this.returnees = returnees;
        this.populations = populations;
    }

    int create() {
        importPopulations();
        int created = 0;
        for (AdminArea prefecture : areas.listAreas(2)) {
            int individuals = random.nextInt(10) == 0 ? 1 + random.nextInt(4) : 40 + random.nextInt(3000);
            for (int round = 0; round < ROUNDS.length; round++) {
                if (round > 0) {
                    individuals = Math.max(1, individuals * (70 + random.nextInt(70)) / 100);
                }
                int females = individuals * (30 + random.nextInt(20)) / 100;
                returnees.record(new ReturneeCountData(
                        prefecture.pcode(),
                        null,
                        "Demo round " + (round + 1),
                        ROUNDS[round],
                        individuals,
                        individuals / (3 + random.nextInt(4)),
                        females,
                        individuals - females,
                        individuals * (40 + random.nextInt(40)) / 100,
                        SOURCE));
                created++;
            }
        }
        return created;
    }

    /** Invented inhabitants per prefecture, through the same HXL import staff use. */
    private void importPopulations() {
        StringBuilder csv = new StringBuilder("Prefecture P-code,Inhabitants,Year,Source\n")
                .append("#adm2+code,#population+total+ind,#date+year,#meta+source\n");
        Random inhabitants = new Random(DemoCommunities.SEED + 2);
        for (AdminArea prefecture : areas.listAreas(2)) {
            csv.append(prefecture.pcode().value())
                    .append(',')
                    .append(150_000 + inhabitants.nextInt(650_000))
                    .append(",2024,")
                    .append(SOURCE)
                    .append('\n');
        }
        populations.importHxl(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "demo-population.csv");
    }
}
