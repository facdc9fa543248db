/**
 * The pages community members use without an account (landing page, voting, rounds, results, community
 * projects), served as light server-rendered HTML that works without JavaScript, so they show on a phone
 * over 2G/3G within a few seconds. Signed-in users keep the Vaadin application. See
 * docs/adr/0014-light-public-pages.md.
 */
package org.reintegration.portal.publicpages;
