package org.reintegration.portal.publicpages;

/** What a public address names does not exist (or is not public): the page answers 404 in the visitor's language. */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String what) {
        super(what);
    }
}
