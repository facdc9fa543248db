package org.reintegration.portal.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a reader gets out of a PDF, in reading order (PDFBox puts right-to-left lines back into logical
 * order and joined Arabic letter forms back into letters), with runs of white space made one space so that
 * a sentence can be found however its lines were broken.
 */
public final class PdfTexts {

    private PdfTexts() {}

    /** The text of every page, in the order the content was laid out (one cell after the other). */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return oneLine(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with presentation forms as letters and white space as single spaces. */
    public static String oneLine(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u2066-\\u2069\\u202A-\\u202E\\u200E\\u200F\\u061C]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
