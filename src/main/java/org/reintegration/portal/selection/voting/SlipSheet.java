package org.reintegration.portal.selection.voting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A printable sheet of cut-out voting slips, ten to an A4 page: the round's name, the code, short
 * instructions in the chosen language and, if asked for, a QR code that opens the voting page with
 * the code filled in. Made once, when the codes are drawn; the codes exist nowhere else afterwards.
 */
final class SlipSheet {

    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final int COLUMNS = 2;
    private static final float SLIP_HEIGHT = 150f;

    private SlipSheet() {}

    /**
     * @param votingUrl the address of the round's voting page, for the instructions and the QR code
     */
    static byte[] pdf(String roundName, List<String> codes, Locale language, String votingUrl, boolean withQr) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean rightToLeft = "ar".equals(language.getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
            Font title = new Font(base, 11, Font.BOLD);
            Font text = new Font(base, 8.5f);
            Font code = new Font(Font.COURIER, 17, Font.BOLD);
            PdfPTable sheet = new PdfPTable(COLUMNS);
            sheet.setWidthPercentage(100);
            sheet.setRunDirection(rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            for (String each : codes) {
                sheet.addCell(slip(roundName, each, texts, votingUrl, withQr, title, text, code, rightToLeft));
            }
            for (int i = codes.size() % COLUMNS; i > 0 && i < COLUMNS; i++) {
                sheet.addCell(new PdfPCell());
            }
            document.add(sheet);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the slip sheet could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell slip(
            String roundName,
            String code,
            ResourceBundle texts,
            String votingUrl,
            boolean withQr,
            Font title,
            Font text,
            Font codeFont,
            boolean rightToLeft) {
        PdfPTable inner = new PdfPTable(withQr ? new float[] {3, 1.3f} : new float[] {1});
        inner.setWidthPercentage(100);
        inner.setRunDirection(rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        PdfPCell words = new PdfPCell();
        words.setBorder(PdfPCell.NO_BORDER);
        words.setRunDirection(rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        words.addElement(new Paragraph(roundName, title));
        words.addElement(new Paragraph(texts.getString("slip.code-label"), text));
        Paragraph codeLine = new Paragraph(code, codeFont);
        codeLine.setAlignment(Element.ALIGN_CENTER);
        words.addElement(codeLine);
        words.addElement(new Paragraph(texts.getString("slip.instructions"), text));
        words.addElement(new Paragraph(votingUrl, text));
        words.addElement(new Paragraph(texts.getString("slip.secret"), text));
        inner.addCell(words);
        if (withQr) {
            PdfPCell qr = new PdfPCell(qrImage(votingUrl + "?code=" + code), true);
            qr.setBorder(PdfPCell.NO_BORDER);
            qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
            qr.setPadding(4);
            inner.addCell(qr);
        }
        PdfPCell cell = new PdfPCell(inner);
        cell.setFixedHeight(SLIP_HEIGHT);
        cell.setPadding(6);
        cell.setBorderColor(Color.GRAY);
        cell.setBorderWidth(0.5f);
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

    private static byte[] fontBytes() throws IOException {
        try (InputStream in = SlipSheet.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("missing font " + FONT);
            }
            return in.readAllBytes();
        }
    }
}
