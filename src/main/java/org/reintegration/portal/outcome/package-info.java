/**
 * Reintegration outcomes per community: MEASURE-style reintegration scores (economic, social, psychosocial and
 * composite, between 0 and 1) from anonymous survey exports, per community and admin area and per quarter, never
 * per person. See docs/adr/0013-reintegration-outcomes.md.
 */
package org.reintegration.portal.outcome;
