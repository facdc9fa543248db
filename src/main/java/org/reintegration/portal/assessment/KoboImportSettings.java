package org.reintegration.portal.assessment;

import java.util.Objects;
import org.reintegration.portal.community.profile.AssessmentMethod;

/**
 * What an export does not say but every profile made from it needs.
 *
 * @param method       how the assessments were made, for every profile of the file
 * @param nameLanguage the language community names are written in, for communities the import creates
 */
public record KoboImportSettings(AssessmentMethod method, String nameLanguage) {

    public KoboImportSettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(nameLanguage, "nameLanguage");
    }
}
