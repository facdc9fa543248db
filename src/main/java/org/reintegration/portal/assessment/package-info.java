/**
 * Community assessments collected with KoboToolbox, imported as dated community profiles: a column
 * mapping staff can edit, a preview with every problem before anything is written, and re-imports
 * that skip the submissions already recorded.
 */
package org.reintegration.portal.assessment;
