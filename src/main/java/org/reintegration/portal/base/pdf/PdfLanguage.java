package org.reintegration.portal.base.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.reintegration.portal.base.BidiText;

/**
 * How a PDF speaks its reader's language: the interface texts, the direction of the page and fonts that
 * hold every letter. Arabic letters are set in Amiri, everything else in DejaVu Sans; both are embedded.
 *
 * <p>OpenPDF shapes Arabic (joined letter forms) and orders mixed text with the bidirectional algorithm
 * only inside table cells and column text whose run direction is set, never in a paragraph added to the
 * document directly. So every text goes into a cell from {@link #cell}, with the page's direction as the
 * base direction, also in French and English (a community name in Arabic on a French page still reads
 * right to left). Codes, numbers and addresses are wrapped in a left-to-right isolate ({@link
 * #leftToRight}); text that people typed in a first-strong isolate ({@link #typed}), so a direction
 * control inside it cannot turn what follows backwards.
 */
public final class PdfLanguage {

    private static final String LATIN = "/fonts/DejaVuSans.ttf";
    private static final String ARABIC = "/fonts/Amiri-Regular.ttf";
    private static final String ARABIC_BOLD = "/fonts/Amiri-Bold.ttf";

    /** LEFT-TO-RIGHT ISOLATE. */
    private static final char LRI = '\u2066';

    private final Locale locale;
    private final ResourceBundle texts;
    private final boolean rightToLeft;
    private final BaseFont latin;
    private final BaseFont arabic;
    private final BaseFont arabicBold;

    private PdfLanguage(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.rightToLeft = "ar".equals(locale.getLanguage());
        this.latin = font(LATIN);
        this.arabic = font(ARABIC);
        this.arabicBold = font(ARABIC_BOLD);
    }

    /** The reader's language; English for a language the portal has no texts in. */
    public static PdfLanguage of(Locale locale) {
        return new PdfLanguage(locale == null ? Locale.ENGLISH : locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The run direction for cells and tables: always laid out bidirectionally, in the page's direction. */
    public int runDirection() {
        return rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    /** An interface text in the reader's language, with its {0}, {1}… filled in. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text " + key + " for " + locale, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The word for an enum value: the text {@code prefix + value.name()}. */
    public String word(String prefix, Enum<?> value) {
        return value == null ? "" : text(prefix + value.name());
    }

    /** Text that someone typed (a title, a community's name): in a first-strong isolate. */
    public static String typed(String text) {
        return BidiText.isolate(text);
    }

    /** A code, number, date or address: always left to right and whole, also inside Arabic text. */
    public static String leftToRight(String text) {
        return LRI + BidiText.balanced(text) + BidiText.PDI;
    }

    /** An amount with two decimals and grouped thousands, left to right. */
    public static String amount(BigDecimal amount) {
        return amount == null ? "" : leftToRight(String.format(Locale.ROOT, "%,.2f", amount));
    }

    /**
     * The text as a phrase whose Arabic letters are in Amiri and the rest in DejaVu Sans. Digits, spaces
     * and punctuation stay in the font of the letters before them, so a word is never split between fonts.
     */
    public Phrase phrase(String text, float size, boolean bold) {
        text = embeddings(text);
        Font latinFont = new Font(latin, size, bold ? Font.BOLD : Font.NORMAL);
        Font arabicFont = new Font(bold ? arabicBold : arabic, size);
        Phrase phrase = new Phrase();
        phrase.setLeading(size * 1.45f);
        if (text == null || text.isEmpty()) {
            phrase.add(new Chunk("", latinFont));
            return phrase;
        }
        StringBuilder run = new StringBuilder();
        Boolean runArabic = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            // A left-to-right embedding (a code, amount, date or hash) starts in the Latin font, digits too.
            Boolean isArabic = c == '\u202A' || c == '\u202D'
                    ? Boolean.FALSE
                    : script == Character.UnicodeScript.ARABIC
                            ? Boolean.TRUE
                            : script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
                                    ? runArabic
                                    : Boolean.FALSE;
            if (runArabic != null && isArabic != null && !isArabic.equals(runArabic)) {
                phrase.add(new Chunk(run.toString(), runArabic ? arabicFont : latinFont));
                run.setLength(0);
            }
            if (isArabic != null) {
                runArabic = isArabic;
            }
            run.appendCodePoint(c);
        }
        phrase.add(new Chunk(run.toString(), Boolean.TRUE.equals(runArabic) ? arabicFont : latinFont));
        return phrase;
    }

    /**
     * The text with each isolate written as the embedding that OpenPDF's layout understands: its
     * bidirectional ordering (java.text.Bidi) predates isolates and would treat U+2066 to U+2069 as plain
     * neutrals, so "#7" inside Arabic would print as "7#". A first-strong isolate becomes a left-to-right or
     * right-to-left embedding after its first letter, the others the embedding of their direction, and the
     * closing isolate a POP DIRECTIONAL FORMATTING. Call on text whose controls are balanced ({@link
     * BidiText}).
     */
    static String embeddings(String text) {
        if (text == null || text.chars().noneMatch(c -> c >= 0x2066 && c <= 0x2069)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2066' -> out.append('\u202A');
                case '\u2067' -> out.append('\u202B');
                case '\u2068' -> out.append(firstStrongIsRightToLeft(text, i + 1) ? '\u202B' : '\u202A');
                case '\u2069' -> out.append(BidiText.PDF);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the first letter after {@code from}, up to the end of its isolate, is right to left. */
    private static boolean firstStrongIsRightToLeft(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2066 && c <= 0x2068) {
                depth++;
            } else if (c == 0x2069) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (depth == 0) {
                byte direction = Character.getDirectionality(c);
                if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return false;
                }
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A paragraph of {@link #phrase} text, for a cell from {@link #cell}. */
    public Paragraph paragraph(String text, float size, boolean bold) {
        Paragraph paragraph = new Paragraph(phrase(text, size, bold));
        paragraph.setLeading(size * 1.45f);
        // At the start of the line: in a right-to-left cell OpenPDF reads "left" as the start (the right edge).
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    /** The same paragraph, centred. */
    public Paragraph centred(String text, float size, boolean bold) {
        Paragraph paragraph = paragraph(text, size, bold);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** A borderless cell laid out in the page's direction, holding the elements one under the other. */
    public PdfPCell cell(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setRunDirection(runDirection());
        for (Element element : elements) {
            cell.addElement(element);
        }
        return cell;
    }

    /** A cell of a bordered table: the text at the start of the line, laid out in the page's direction. */
    public PdfPCell boxed(String text, float size, boolean bold) {
        PdfPCell cell = new PdfPCell(phrase(text, size, bold));
        cell.setRunDirection(runDirection());
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** A heading across the page, as a one-cell table (a paragraph on its own would not be shaped). */
    public PdfPTable heading(String text, float size, float spacingBefore) {
        PdfPTable table = table(1);
        PdfPCell cell = cell(paragraph(text, size, true));
        cell.setPaddingBottom(4);
        table.addCell(cell);
        table.setSpacingBefore(spacingBefore);
        return table;
    }

    /**
     * A table across the page whose columns run in the page's direction: the first column at the start,
     * with the first width. (OpenPDF mirrors the cells of a right-to-left table but not the widths, so they
     * are given to it mirrored.)
     */
    public PdfPTable table(float... relativeWidths) {
        float[] widths = relativeWidths.clone();
        if (rightToLeft) {
            for (int i = 0, j = widths.length - 1; i < j; i++, j--) {
                float swap = widths[i];
                widths[i] = widths[j];
                widths[j] = swap;
            }
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setRunDirection(runDirection());
        table.getDefaultCell().setRunDirection(runDirection());
        return table;
    }

    private static final java.util.Map<String, byte[]> FONT_FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static BaseFont font(String name) {
        byte[] bytes = FONT_FILES.computeIfAbsent(name, PdfLanguage::read);
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfLanguage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
