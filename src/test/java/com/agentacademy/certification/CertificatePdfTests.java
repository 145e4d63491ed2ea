package com.agentacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.agentacademy.web.Languages;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Certificates are written as PDFs that say what they certify, in the holder's language. */
class CertificatePdfTests {

    /** Where the sample certificates are left for a look, like the browser tests' screenshots. */
    private static final Path SAMPLES = Path.of("target/certificates");
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private static final CertificatePdf.Content ENGLISH = new CertificatePdf.Content("Liu Yang",
            "Product Basics Certification", "Product basics (English)", LocalDate.of(2026, 1, 10),
            LocalDate.of(2027, 1, 10), "K7QM-4TXD", "https://academy.lumen.example/verify/K7QM-4TXD",
            Languages.ENGLISH, null);

    private static final CertificatePdf.Content CHINESE = new CertificatePdf.Content("孙悦", "产品基础认证",
            "产品基础知识（中文）", LocalDate.of(2026, 3, 2), LocalDate.of(2028, 3, 2), "R2VN-8HJC",
            "https://academy.lumen.example/verify/R2VN-8HJC", Locale.forLanguageTag("zh-CN"), null);

    private final CertificatePdf certificates = new CertificatePdf(messages());

    @Test
    void englishCertificateNamesTheHolderTheCertificationTheDatesAndTheCode() throws IOException {
        String text = text(render(ENGLISH, "certificate-en.pdf"));

        assertThat(text).contains("Agent Academy", "Lumen Customer Service", "Certificate", "Liu Yang",
                "Product Basics Certification", "Product basics (English)", "Issued on", "2026-01-10",
                "Valid until", "2027-01-10", "Verification code", "K7QM-4TXD",
                "https://academy.lumen.example/verify/K7QM-4TXD");
    }

    @Test
    void chineseCertificateIsInChinese() throws IOException {
        String text = text(render(CHINESE, "certificate-zh.pdf"));

        assertThat(text).contains("认证证书", "兹证明", "孙悦", "产品基础认证", "产品基础知识（中文）", "颁发日期",
                "2026-03-02", "有效期至", "2028-03-02", "验证码", "R2VN-8HJC");
        assertThat(text).doesNotContain("Certificate", "Issued on");
    }

    @Test
    void chineseTextIsSetInAnEmbeddedSubsetOfTheShippedFont() throws IOException {
        PdfReader reader = new PdfReader(certificates.render(CHINESE));

        List<PdfDictionary> fonts = objects(reader).stream()
                .filter(object -> PdfName.TYPE0.equals(object.get(PdfName.SUBTYPE))).toList();

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.get(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
            assertThat(font.get(PdfName.TOUNICODE)).as("text can be copied").isNotNull();
            PdfArray descendants = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
            PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
            PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(descendant.get(PdfName.FONTDESCRIPTOR));
            assertThat(descriptor.get(PdfName.FONTFILE2)).as("font embedded").isNotNull();
            assertThat(descendant.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+WenQuanYi.*");
        });
        assertThat(reader.getFileLength()).as("a subset, not the 5 MB font").isLessThan(200_000);
    }

    @Test
    void isOneA4PageInLandscape() throws IOException {
        PdfReader reader = new PdfReader(certificates.render(ENGLISH));

        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isEqualTo(842, offset(1f));
        assertThat(reader.getPageSizeWithRotation(1).getHeight()).isEqualTo(595, offset(1f));
    }

    @Test
    void qrCodeOnTheCertificateOpensTheVerificationPage() throws Exception {
        PdfReader reader = new PdfReader(certificates.render(CHINESE));

        PRStream image = (PRStream) objects(reader).stream()
                .filter(object -> PdfName.IMAGE.equals(object.get(PdfName.SUBTYPE))).findFirst().orElseThrow();

        assertThat(decodeQr(image)).isEqualTo("https://academy.lumen.example/verify/R2VN-8HJC");
    }

    @Test
    void qrMatrixRoundTripsALongAddress() throws Exception {
        String url = "https://academy.lumen.example/certificates/verify/K7QM-4TXD?lang=zh-CN&ref=print";
        var matrix = CertificatePdf.qrMatrix(url);
        int scale = 4;
        int side = matrix.getWidth() * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                pixels[y * side + x] = matrix.get(x / scale, y / scale) ? BLACK : WHITE;
            }
        }

        assertThat(decode(side, side, pixels)).isEqualTo(url);
    }

    @Test
    void noteIsPrintedWhenThereIsOne() throws IOException {
        var revoked = new CertificatePdf.Content("Liu Yang", "Product Basics Certification",
                "Product basics (English)", LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10), "K7QM-4TXD",
                "https://academy.lumen.example/verify/K7QM-4TXD", Languages.ENGLISH,
                "Recertification required by 2027-01-10");

        assertThat(text(render(revoked, "certificate-note.pdf"))).contains("Recertification required by 2027-01-10");
        assertThat(text(certificates.render(ENGLISH))).doesNotContain("Recertification");
    }

    private byte[] render(CertificatePdf.Content content, String sample) throws IOException {
        byte[] pdf = certificates.render(content);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(sample), pdf);
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    private static List<PdfDictionary> objects(PdfReader reader) {
        List<PdfDictionary> dictionaries = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PdfDictionary dictionary) {
                dictionaries.add(dictionary);
            }
        }
        return dictionaries;
    }

    /** Reads the 8-bit grey image back as pixels. */
    private static String decodeQr(PRStream image) throws Exception {
        int width = image.getAsNumber(PdfName.WIDTH).intValue();
        int height = image.getAsNumber(PdfName.HEIGHT).intValue();
        assertThat(image.get(PdfName.COLORSPACE)).isEqualTo(PdfName.DEVICEGRAY);
        byte[] grey = PdfReader.getStreamBytes(image);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = grey[i] == 0 ? BLACK : WHITE;
        }
        return decode(width, height, pixels);
    }

    private static String decode(int width, int height, int[] pixels) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
