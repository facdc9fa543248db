package org.reintegration.portal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

@PortalTest
@Transactional
class IatiExportControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProjectService projects;

    private MockMvc http() {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void staff_download_a_project_and_the_programme_as_valid_iati_xml() throws Exception {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(
                () -> id[0] = projects.create(ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), "GIN-CBR-90"))
                        .id());

        var project = http().perform(get("/export/iati/projects/" + id[0] + ".xml")
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        var all = http().perform(
                        get("/export/iati/activities.xml").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(project.getContentType()).startsWith("application/xml");
        assertThat(project.getHeader("Content-Disposition")).contains("iati-project-" + id[0] + ".xml");
        assertThat(IatiSchema.problems(project.getContentAsByteArray())).isEmpty();
        assertThat(project.getContentAsString()).contains("XM-DAC-47066-GIN-CBR-90");
        assertThat(IatiSchema.problems(all.getContentAsByteArray())).isEmpty();
        assertThat(all.getContentAsString()).contains("XM-DAC-47066-GIN-CBR-90");
    }

    @Test
    void an_unknown_project_is_not_found() throws Exception {
        http().perform(get("/export/iati/projects/999999999.xml")
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isNotFound());
    }

    @Test
    void nobody_signed_out_and_no_local_authority_downloads_iati() throws Exception {
        int signedOut = http().perform(get("/export/iati/activities.xml"))
                .andReturn()
                .getResponse()
                .getStatus();
        int authority = http().perform(get("/export/iati/activities.xml")
                        .with(user("authority").roles("AUTHORITY")))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(signedOut).isNotEqualTo(200);
        assertThat(authority).isEqualTo(403);
    }
}
