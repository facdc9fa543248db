package org.reintegration.portal.assessment;

/** What an import recorded. */
public record KoboImportOutcome(int profilesRecorded, int communitiesCreated, int alreadyImported) {}
