package com.agentacademy.certification;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.agentacademy.web.Languages;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A certificate as a one-page A4 landscape PDF in the holder's language, with a QR code that opens
 * the verification page. Every text is set in WenQuanYi Micro Hei, embedded as a subset, so that
 * Chinese shows and can be copied on machines without Chinese fonts.
 */
@Component
class CertificatePdf {

    /**
     * What the certificate says; {@code note}, when not {@code null}, is printed prominently (a
     * recertification deadline, a revocation).
     */
    record Content(String holderName, String certificationName, String examTitle, LocalDate issuedOn,
            LocalDate expiresOn, String verificationCode, String verificationUrl, Locale locale, String note) {
    }

    private static final String FONT = "fonts/wqy-microhei.ttc";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float MARGIN = 84;
    private static final float QR_SIZE = 118;
    private static final int QR_PIXELS_PER_MODULE = 8;

    private static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GOLD = new Color(0xB8, 0x89, 0x3B);
    private static final Color INK = new Color(0x1D, 0x23, 0x2B);
    private static final Color GREY = new Color(0x5A, 0x62, 0x70);
    private static final Color RED = new Color(0xB4, 0x23, 0x18);

    private final MessageSource messages;
    private final byte[] font;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
        this.font = readFont();
    }

    byte[] render(Content content) {
        Locale locale = Languages.closestTo(content.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PAGE, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text("certificate.pdf.title", locale) + " – " + content.certificationName());
            document.addAuthor(text("certificate.pdf.issuer", locale));
            document.open();
            new Drawing(writer.getDirectContent(), baseFont(), locale).certificate(content);
        }
        catch (DocumentException | IOException ex) {
            throw new IllegalStateException("Certificate could not be written", ex);
        }
        finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The QR code of the text with the quiet zone around it, one bit per module. */
    static BitMatrix qrMatrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.MARGIN, 4));
        }
        catch (WriterException ex) {
            throw new IllegalArgumentException("Text does not fit in a QR code: " + text, ex);
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A font per document: a font reads its file while a document is written, so threads do not share one. */
    private BaseFont baseFont() throws DocumentException, IOException {
        return BaseFont.createFont(FONT + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font, null);
    }

    private static byte[] readFont() {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Certificate font missing: " + FONT, ex);
        }
    }

    /** One certificate drawn on one page, from the top down. */
    private final class Drawing {

        private final PdfContentByte canvas;
        private final BaseFont base;
        private final Locale locale;

        Drawing(PdfContentByte canvas, BaseFont base, Locale locale) {
            this.canvas = canvas;
            this.base = base;
            this.locale = locale;
        }

        void certificate(Content content) throws DocumentException {
            frame();
            float y = PAGE.getHeight() - 70;
            y = centred(text("certificate.pdf.issuer", locale), font(12, Font.NORMAL, GREY), y);
            y = centred(text("certificate.pdf.title", locale), font(40, Font.BOLD, NAVY), y - 16);
            rule(y - 16);
            y = centred(text("certificate.pdf.certifies", locale), font(14, Font.NORMAL, GREY), y - 38);
            y = centred(content.holderName(), fitted(content.holderName(), 34, Font.BOLD, INK), y - 14);
            y = centred(text("certificate.pdf.passed", locale, content.examTitle()), font(14, Font.NORMAL, GREY),
                    y - 20);
            y = centred(content.certificationName(), fitted(content.certificationName(), 24, Font.BOLD, NAVY),
                    y - 10);
            if (content.note() != null) {
                note(content.note(), y - 18);
            }
            details(content);
            qrCode(content.verificationUrl());
        }

        private void frame() {
            canvas.saveState();
            canvas.setColorStroke(NAVY);
            canvas.setLineWidth(3);
            canvas.rectangle(20, 20, PAGE.getWidth() - 40, PAGE.getHeight() - 40);
            canvas.stroke();
            canvas.setColorStroke(GOLD);
            canvas.setLineWidth(0.8f);
            canvas.rectangle(28, 28, PAGE.getWidth() - 56, PAGE.getHeight() - 56);
            canvas.stroke();
            canvas.restoreState();
        }

        private void rule(float y) {
            float middle = PAGE.getWidth() / 2;
            canvas.saveState();
            canvas.setColorStroke(GOLD);
            canvas.setLineWidth(1.2f);
            canvas.moveTo(middle - 70, y);
            canvas.lineTo(middle + 70, y);
            canvas.stroke();
            canvas.restoreState();
        }

        /** Centred text below {@code top}, wrapped between the margins; returns the y below it. */
        private float centred(String text, Font font, float top) throws DocumentException {
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(MARGIN, MARGIN, PAGE.getWidth() - MARGIN, top);
            column.setLeading(0, 1.2f);
            column.setAlignment(Element.ALIGN_CENTER);
            column.addText(new Phrase(text, font));
            column.go();
            return column.getYLine();
        }

        private void note(String note, float top) throws DocumentException {
            Font font = font(16, Font.BOLD, RED);
            float width = Math.min(base.getWidthPoint(note, font.getSize()) + 40, PAGE.getWidth() - 2 * MARGIN);
            float bottom = centred(note, font, top - 2);
            canvas.saveState();
            canvas.setColorStroke(RED);
            canvas.setLineWidth(1.5f);
            canvas.rectangle((PAGE.getWidth() - width) / 2, bottom - 8, width, top - bottom + 8);
            canvas.stroke();
            canvas.restoreState();
        }

        private void details(Content content) {
            detail("certificate.pdf.issued-on", DAY.format(content.issuedOn()), font(13, Font.NORMAL, INK), 160);
            detail("certificate.pdf.valid-until", DAY.format(content.expiresOn()), font(13, Font.NORMAL, INK), 136);
            detail("certificate.pdf.code", content.verificationCode(), font(15, Font.BOLD, NAVY), 112);
            float urlWidth = PAGE.getWidth() - MARGIN - QR_SIZE - 40 - valueColumn();
            detail("certificate.pdf.verify-at", content.verificationUrl(),
                    font(shrunk(content.verificationUrl(), 11, 6, urlWidth), Font.NORMAL, GREY), 88);
        }

        private void detail(String labelKey, String value, Font valueFont, float y) {
            line(text(labelKey, locale), font(11, Font.NORMAL, GREY), MARGIN, y, Element.ALIGN_LEFT);
            line(value, valueFont, valueColumn(), y, Element.ALIGN_LEFT);
        }

        private float valueColumn() {
            return MARGIN + 130;
        }

        private void qrCode(String url) throws DocumentException {
            // the code's white border may reach into the margin
            float x = PAGE.getWidth() - MARGIN - QR_SIZE + 14;
            float y = 62;
            Image image = qrImage(url);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            image.setAbsolutePosition(x, y);
            canvas.addImage(image);
            line(text("certificate.pdf.scan", locale), font(10, Font.NORMAL, GREY), x + QR_SIZE / 2, y - 4,
                    Element.ALIGN_CENTER);
        }

        private void line(String text, Font font, float x, float y, int alignment) {
            ColumnText.showTextAligned(canvas, alignment, new Phrase(text, font), x, y, 0);
        }

        private Font font(float size, int style, Color color) {
            return new Font(base, size, style, color);
        }

        /** The font at the largest size, down to two thirds, at which the text fits on one line. */
        private Font fitted(String text, float size, int style, Color color) {
            return font(shrunk(text, size, size * 2 / 3, PAGE.getWidth() - 2 * MARGIN), style, color);
        }

        private float shrunk(String text, float size, float smallest, float width) {
            float fitting = size;
            while (fitting > smallest && base.getWidthPoint(text, fitting) > width) {
                fitting -= 0.5f;
            }
            return fitting;
        }
    }

    /**
     * The QR code as an 8-bit grey image, every module a block of pixels so that it stays sharp
     * when scaled. A 1-bit image would be stored as fax data, which OpenPDF cannot read back to
     * check what the code says.
     */
    private static Image qrImage(String url) throws DocumentException {
        BitMatrix matrix = qrMatrix(url);
        int side = matrix.getWidth() * QR_PIXELS_PER_MODULE;
        byte[] pixels = new byte[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = matrix.get(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE);
                pixels[y * side + x] = dark ? 0 : (byte) 0xFF;
            }
        }
        return Image.getInstance(side, side, 1, 8, pixels);
    }
}
