package org.reintegration.portal.community.profile;

/**
 * One difference between a profile and the one before it, for "what changed since the previous
 * assessment". Values are shown as text (enum names, numbers, lists joined by ", ").
 *
 * @param field the name of the {@link ProfileData} component (or {@code people.GROUP}), which views
 *     translate
 */
public record ProfileChange(String field, String before, String after) {}
