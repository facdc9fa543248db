package org.reintegration.portal.grant;

/** A receipt's file with what is known about it. */
public record ReceiptDownload(Receipt receipt, byte[] content) {}
