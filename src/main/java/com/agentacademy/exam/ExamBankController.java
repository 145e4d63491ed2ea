package com.agentacademy.exam;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.files.TextFile;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;

/**
 * The question banks: every exam with its settings and questions, for trainers and QA; trainers
 * (and administrators) also export a bank as one {@code .gift} file and upload one into it.
 */
@Controller
class ExamBankController {

    private static final int EXCERPT_LENGTH = 100;

    /** An exam with its live questions counted by type. */
    record ExamSummary(Exam exam, Map<GiftType, Long> byType, long total) {

        public long count(GiftType type) {
            return byType.getOrDefault(type, 0L);
        }
    }

    /** One line of the bank's question list. */
    record QuestionRow(ExamQuestion question, int revision, String excerpt) {
    }

    /** What an upload did, shown on the bank page after the redirect. */
    record ImportedFile(String fileName, QuestionCounts counts) implements Serializable {
    }

    private final ExamRepository exams;
    private final ExamQuestionRepository questions;
    private final CertificationRepository certifications;
    private final QuestionBank bank;
    private final DataSize maxUpload;
    private final AuditTrail audit;

    ExamBankController(ExamRepository exams, ExamQuestionRepository questions, CertificationRepository certifications,
            QuestionBank bank, @Value("${spring.servlet.multipart.max-file-size}") DataSize maxUpload,
            AuditTrail audit) {
        this.audit = audit;
        this.exams = exams;
        this.questions = questions;
        this.certifications = certifications;
        this.bank = bank;
        this.maxUpload = maxUpload;
    }

    @GetMapping("/exams/banks")
    @PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
    String banks(Model model) {
        List<ExamSummary> summaries = exams.findAllByOrderBySlugAsc().stream()
                .map(exam -> summary(exam, questions.findByExamIdOrderByIdAsc(exam.getId()))).toList();
        model.addAttribute("summaries", summaries);
        model.addAttribute("types", GiftType.values());
        model.addAttribute("certifications", certifications.findAll().stream()
                .collect(Collectors.toMap(Certification::getId, certification -> certification)));
        return "exam/banks";
    }

    @GetMapping("/exams/banks/{slug}")
    @PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
    String bank(@PathVariable String slug, Model model) {
        Exam exam = find(slug);
        List<ExamQuestion> all = questions.findByExamIdOrderByIdAsc(exam.getId());
        Map<String, Long> byCategory = all.stream().filter(q -> !q.isRetired())
                .collect(Collectors.groupingBy(q -> q.getCategory() == null ? "—" : q.getCategory(), TreeMap::new,
                        Collectors.counting()));
        model.addAttribute("summary", summary(exam, all));
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("shortDraws", bank.shortDraws(exam));
        model.addAttribute("questions", rows(all));
        model.addAttribute("maxUploadBytes", maxUpload.toBytes());
        model.addAttribute("certification", exam.getCertificationId() == null ? null
                : certifications.findById(exam.getCertificationId()).orElse(null));
        return "exam/bank";
    }

    @GetMapping("/exams/banks/{slug}/export.gift")
    @PreAuthorize("hasAnyRole('TRAINER', 'QA', 'ADMIN')")
    ResponseEntity<byte[]> export(@PathVariable String slug, @AuthenticationPrincipal SignedInPerson reader) {
        Exam exam = find(slug);
        audit.record(reader.personId(), "EXPORT", "exam-bank:" + slug, "gift");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(exam.getSlug() + ".gift").build().toString())
                .body(bank.export(exam.getId()).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/exams/banks/{slug}/import")
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    String importGift(@PathVariable String slug, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean retireMissing, @AuthenticationPrincipal SignedInPerson trainer,
            Model model, RedirectAttributes redirect) throws IOException {
        Exam exam = find(slug);
        GiftUpload upload;
        try {
            upload = GiftUpload.read(file.getOriginalFilename(), TextFile.decode(file.getBytes()));
        }
        catch (TextFile.Unusable ex) {
            upload = GiftUpload.unusable(file.getOriginalFilename(), ex);
        }
        if (!upload.problems().isEmpty()) {
            audit.record(trainer.personId(), "EXAM_BANK_IMPORT_REFUSED", "exam-bank:" + slug, "file="
                    + upload.fileName() + "; problems=" + upload.problems().size());
            model.addAttribute("exam", exam);
            model.addAttribute("upload", upload);
            model.addAttribute("maxUploadBytes", maxUpload.toBytes());
            return "exam/bank-import";
        }
        QuestionCounts counts = bank.upload(exam.getId(), upload.questions(), retireMissing);
        audit.record(trainer.personId(), "EXAM_BANK_IMPORT", "exam-bank:" + slug, "file=" + upload.fileName() + "; added="
                + counts.added() + ", revised=" + counts.revised() + ", retired=" + counts.retired());
        redirect.addFlashAttribute("imported", new ImportedFile(upload.fileName(), counts));
        return "redirect:/exams/banks/" + slug;
    }

    private List<QuestionRow> rows(List<ExamQuestion> all) {
        Map<Long, QuestionRevision> current = bank.currentRevisions(all);
        return all.stream().map(question -> {
            QuestionRevision revision = current.get(question.getCurrentRevisionId());
            return new QuestionRow(question, revision.getNumber(), excerpt(revision));
        }).toList();
    }

    private static String excerpt(QuestionRevision revision) {
        String text = GiftParser.parse(revision.getGift()).questions().stream().findFirst().map(GiftQuestion::text)
                .orElse("").replaceAll("\\s+", " ").strip();
        int end = text.offsetByCodePoints(0, Math.min(EXCERPT_LENGTH, text.codePointCount(0, text.length())));
        return end < text.length() ? text.substring(0, end) + "…" : text;
    }

    private static ExamSummary summary(Exam exam, List<ExamQuestion> all) {
        List<ExamQuestion> live = all.stream().filter(q -> !q.isRetired()).toList();
        Map<GiftType, Long> byType = new EnumMap<>(GiftType.class);
        live.forEach(question -> byType.merge(question.getType(), 1L, Long::sum));
        return new ExamSummary(exam, byType, live.size());
    }

    private Exam find(String slug) {
        return exams.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
