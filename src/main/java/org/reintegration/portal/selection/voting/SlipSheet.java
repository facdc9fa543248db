package org.reintegration.portal.selection.voting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.pdf.PdfLanguage;

/**
 * A printable sheet of cut-out voting slips, ten to an A4 page: the round's name, the code, short
 * instructions in the chosen language and, if asked for, a QR code that opens the voting page with
 * the code filled in. Made once, when the codes are drawn; the codes exist nowhere else afterwards.
 */
final class SlipSheet {

    private static final int COLUMNS = 2;
    private static final float SLIP_HEIGHT = 150f;

    private SlipSheet() {}

    /**
     * @param votingUrl the address of the round's voting page, for the instructions and the QR code
     */
    static byte[] pdf(String roundName, List<String> codes, Locale language, String votingUrl, boolean withQr) {
        PdfLanguage words = PdfLanguage.of(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable sheet = words.table(new float[] {1, 1});
            for (String each : codes) {
                sheet.addCell(slip(roundName, each, words, votingUrl, withQr));
            }
            for (int i = codes.size() % COLUMNS; i > 0 && i < COLUMNS; i++) {
                PdfPCell empty = new PdfPCell();
                empty.setBorder(PdfPCell.NO_BORDER);
                sheet.addCell(empty);
            }
            document.add(sheet);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the slip sheet could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * One slip. Its height is a minimum, never a limit: a long round name makes the slip taller rather than
     * cutting off the instructions or the address.
     */
    private static PdfPCell slip(String roundName, String code, PdfLanguage words, String votingUrl, boolean withQr) {
        PdfPTable inner = words.table(withQr ? new float[] {3, 1.3f} : new float[] {1});
        PdfPCell text = words.cell(
                words.paragraph(PdfLanguage.typed(roundName), 11, true),
                words.paragraph(words.text("slip.code-label"), 8.5f, false),
                words.centred(PdfLanguage.leftToRight(code), 16, true),
                words.paragraph(words.text("slip.instructions"), 8.5f, false),
                words.paragraph(PdfLanguage.leftToRight(votingUrl), 8.5f, false),
                words.paragraph(words.text("slip.secret"), 8.5f, false));
        inner.addCell(text);
        if (withQr) {
            PdfPCell qr = new PdfPCell(qrImage(votingUrl + "?code=" + code), true);
            qr.setBorder(PdfPCell.NO_BORDER);
            qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
            qr.setPadding(4);
            inner.addCell(qr);
        }
        PdfPCell cell = new PdfPCell(inner);
        cell.setMinimumHeight(SLIP_HEIGHT);
        cell.setPadding(6);
        cell.setBorderColor(Color.GRAY);
        cell.setBorderWidth(0.5f);
        cell.setRunDirection(words.runDirection());
        return cell;
    }

    private static Image qrImage(String content) {
        QrCode qr = QrCode.encodeText(content, QrCode.Ecc.MEDIUM);
        int border = 2;
        int size = qr.size + 2 * border;
        BufferedImage picture = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x - border, y - border);
                picture.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        try {
            return Image.getInstance(picture, null, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
