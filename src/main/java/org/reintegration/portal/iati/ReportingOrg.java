package org.reintegration.portal.iati;

import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation that publishes the portal's IATI data, from the settings
 * {@code portal.iati.reporting-org.ref}, {@code .name} and {@code .type} (IATI OrganisationType).
 */
@Component
class ReportingOrg {

    private final String ref;
    private final String name;
    private final String type;

    ReportingOrg(
            @Value("${portal.iati.reporting-org.ref:XM-DAC-47066}") String ref,
            @Value("${portal.iati.reporting-org.name:International Organization for Migration (IOM)}") String name,
            @Value("${portal.iati.reporting-org.type:40}") String type) {
        this.ref = Objects.requireNonNull(ref).strip();
        this.name = Objects.requireNonNull(name).strip();
        this.type = Objects.requireNonNull(type).strip();
        if (this.ref.isEmpty() || this.ref.contains(" ") || this.name.isEmpty() || !this.type.matches("\\d{2}")) {
            throw new IllegalArgumentException(
                    "portal.iati.reporting-org: ref without spaces, a name and a two-digit OrganisationType");
        }
    }

    String ref() {
        return ref;
    }

    String name() {
        return name;
    }

    String type() {
        return type;
    }
}
