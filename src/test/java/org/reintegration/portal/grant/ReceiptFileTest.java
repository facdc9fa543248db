package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidFieldException;

class ReceiptFileTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void pdf_jpeg_and_png_whose_content_matches_their_name_are_accepted() {
        assertThat(ReceiptFile.check("invoice.pdf", PDF).mediaType()).isEqualTo("application/pdf");
        assertThat(ReceiptFile.check("photo.JPG", JPEG).mediaType()).isEqualTo("image/jpeg");
        assertThat(ReceiptFile.check("photo.jpeg", JPEG).storedExtension()).isEqualTo(".jpg");
        assertThat(ReceiptFile.check("scan.png", PNG).mediaType()).isEqualTo("image/png");
    }

    @Test
    void a_file_larger_than_five_megabytes_is_refused() {
        byte[] large = new byte[ReceiptFile.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        assertThatThrownBy(() -> ReceiptFile.check("big.pdf", large))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.receipt-too-large"));
        byte[] justFits = new byte[ReceiptFile.MAX_BYTES];
        System.arraycopy(PDF, 0, justFits, 0, PDF.length);
        assertThat(ReceiptFile.check("fits.pdf", justFits).content()).hasSize(ReceiptFile.MAX_BYTES);
    }

    @Test
    void a_file_of_another_type_is_refused() {
        assertThatThrownBy(() -> ReceiptFile.check("invoice.docx", PDF))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.receipt-type"))
                .hasMessageContaining("is not a PDF, JPEG or PNG file");
        assertThatThrownBy(() -> ReceiptFile.check("invoice", PDF)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> ReceiptFile.check("empty.pdf", new byte[0]))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.receipt-empty"));
    }

    @Test
    void a_file_whose_content_does_not_match_its_extension_is_refused() {
        assertThatThrownBy(() -> ReceiptFile.check("invoice.pdf", PNG))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.receipt-content"))
                .hasMessageContaining("does not contain what its name says (.pdf)");
        assertThatThrownBy(() -> ReceiptFile.check("photo.png", JPEG)).isInstanceOf(InvalidFieldException.class);
        byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ReceiptFile.check("photo.jpg", script)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void the_uploaded_name_loses_any_path() {
        assertThat(ReceiptFile.check("C:\\Users\\x\\receipt.pdf", PDF).originalName())
                .isEqualTo("receipt.pdf");
        assertThat(ReceiptFile.check("../../receipt.pdf", PDF).originalName()).isEqualTo("receipt.pdf");
    }
}
