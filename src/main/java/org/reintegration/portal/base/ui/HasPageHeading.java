package org.reintegration.portal.base.ui;

/** A view that names itself in the header and the browser tab, in the user's language. */
public interface HasPageHeading {
    String pageHeading();
}
