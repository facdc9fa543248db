package org.reintegration.portal.monitoring;

/** A lesson of one of a community's projects, with the project it comes from. */
public record CommunityLesson(long projectId, String projectTitle, Lesson lesson) {}
