package org.reintegration.portal.outcome;

/** What an import recorded: new survey answers, and those skipped as recorded before. */
public record SurveyImportOutcome(int recorded, int alreadyImported, int schemeVersion) {}
