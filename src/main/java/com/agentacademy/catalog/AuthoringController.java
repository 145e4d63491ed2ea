package com.agentacademy.catalog;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.files.ContentHash;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;

/** Trainers' side of the catalog: courses, their modules, images, re-import and export. */
@Controller
@RequestMapping("/authoring")
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
class AuthoringController {

    /** A module as the authoring pages list it: its newest revision in each language. */
    record ModuleStatus(CourseModule module, Optional<ModuleRevision> english, Optional<ModuleRevision> chinese) {
    }

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final CourseImageRepository images;
    private final ContentImportRunRepository runs;
    private final ModulePublishing publishing;
    private final CourseImport courseImport;
    private final CourseExport export;
    private final AuditTrail audit;
    private final Clock clock;

    AuthoringController(CourseRepository courses, CourseModuleRepository modules, CourseImageRepository images,
            ContentImportRunRepository runs, ModulePublishing publishing, CourseImport courseImport,
            CourseExport export, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.courses = courses;
        this.modules = modules;
        this.images = images;
        this.runs = runs;
        this.publishing = publishing;
        this.courseImport = courseImport;
        this.export = export;
        this.clock = clock;
    }

    @ModelAttribute("tracks")
    Track[] tracks() {
        return Track.values();
    }

    @GetMapping
    String overview(Model model) {
        List<Course> all = courses.findAllByOrderByTrackAscPositionAscSlugAsc();
        Map<Long, List<CourseModule>> byCourse = modules.findAll().stream()
                .sorted(java.util.Comparator.comparingInt(CourseModule::getPosition))
                .collect(Collectors.groupingBy(CourseModule::getCourseId));
        model.addAttribute("courses", all);
        model.addAttribute("moduleCounts", all.stream().collect(Collectors.toMap(Course::getId,
                course -> byCourse.getOrDefault(course.getId(), List.of()).size())));
        model.addAttribute("lastImport", runs.findFirstByOrderByIdDesc().orElse(null));
        return "authoring/overview";
    }

    @PostMapping("/import")
    String reimport(@AuthenticationPrincipal SignedInPerson trainer) {
        courseImport.importAll("re-import", trainer.personId());
        return "redirect:/authoring/import";
    }

    @GetMapping("/import")
    String importReport(Model model) {
        model.addAttribute("run", runs.findFirstByOrderByIdDesc().orElse(null));
        return "authoring/import";
    }

    @GetMapping("/courses/new")
    String newCourse(Model model) {
        model.addAttribute("courseForm", new CourseForm());
        return "authoring/course-form";
    }

    @PostMapping("/courses")
    String createCourse(@Valid CourseForm courseForm, BindingResult result, RedirectAttributes redirect) {
        if (courses.findBySlug(courseForm.getSlug()).isPresent()) {
            result.rejectValue("slug", "authoring.slug.taken");
        }
        checkPrerequisites(courseForm, result);
        if (result.hasErrors()) {
            return "authoring/course-form";
        }
        Course course = new Course(courseForm.getSlug());
        course.describe(courseForm.toDetails());
        courses.save(course);
        redirect.addFlashAttribute("success", "authoring.course.saved");
        return "redirect:/authoring/courses/" + course.getSlug();
    }

    @GetMapping("/courses/{slug}")
    String course(@PathVariable String slug, Model model) {
        Course course = find(slug);
        model.addAttribute("courseForm", CourseForm.of(course));
        addCourse(course, model);
        return "authoring/course";
    }

    @PostMapping("/courses/{slug}")
    String updateCourse(@PathVariable String slug, @Valid CourseForm courseForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Course course = find(slug);
        courseForm.setSlug(slug);
        checkPrerequisites(courseForm, result);
        if (result.hasErrors()) {
            addCourse(course, model);
            return "authoring/course";
        }
        course.describe(courseForm.toDetails());
        courses.save(course);
        redirect.addFlashAttribute("success", "authoring.course.saved");
        return "redirect:/authoring/courses/" + slug;
    }

    @PostMapping("/courses/{slug}/modules")
    String newModule(@PathVariable String slug, @RequestParam String moduleSlug, @RequestParam String title,
            RedirectAttributes redirect) {
        Course course = find(slug);
        String cleanSlug = moduleSlug.strip();
        if (!CourseFiles.SLUG.matcher(cleanSlug).matches() || cleanSlug.length() > 80 || title.isBlank()
                || title.length() > 200) {
            redirect.addFlashAttribute("failure", "authoring.module.invalid");
            return "redirect:/authoring/courses/" + slug;
        }
        if (modules.findByCourseIdAndSlug(course.getId(), cleanSlug).isPresent()) {
            redirect.addFlashAttribute("failure", "authoring.module.taken");
            return "redirect:/authoring/courses/" + slug;
        }
        int position = modules.findByCourseIdOrderByPositionAsc(course.getId()).stream()
                .mapToInt(CourseModule::getPosition).max().orElse(0) + 1;
        CourseModule module = modules.save(new CourseModule(course.getId(), cleanSlug, position));
        return "redirect:/authoring/modules/" + module.getId() + "?lang=en&title="
                + java.net.URLEncoder.encode(title.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @PostMapping("/courses/{slug}/images")
    String uploadImage(@PathVariable String slug, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        Course course = find(slug);
        if (file.isEmpty() || file.getSize() > ImageType.MAX_BYTES) {
            redirect.addFlashAttribute("failure", "authoring.image.size");
            return "redirect:/authoring/courses/" + slug + "#images";
        }
        byte[] bytes = file.getBytes();
        Optional<ImageType> type = ImageType.of(bytes);
        if (type.isEmpty()) {
            redirect.addFlashAttribute("failure", "authoring.image.type");
            return "redirect:/authoring/courses/" + slug + "#images";
        }
        String hash = ContentHash.of(bytes);
        String name = hash.substring(0, 16) + "." + type.get().extension();
        if (!images.existsByCourseIdAndName(course.getId(), name)) {
            images.save(new CourseImage(course.getId(), name, type.get(), bytes, hash, clock));
        }
        redirect.addFlashAttribute("uploadedImage", "images/" + name);
        return "redirect:/authoring/courses/" + slug + "#images";
    }

    @GetMapping("/courses/{slug}/export")
    void exportCourse(@PathVariable String slug, @AuthenticationPrincipal SignedInPerson trainer,
            HttpServletResponse response) throws IOException {
        Course course = find(slug);
        audit.record(trainer.personId(), "EXPORT", "course:" + slug, "zip");
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".zip\"");
        export.write(course, response.getOutputStream());
    }

    private void addCourse(Course course, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("modules", modules.findByCourseIdOrderByPositionAsc(course.getId()).stream()
                .map(module -> new ModuleStatus(module, publishing.latest(module.getId(), ContentLocale.EN),
                        publishing.latest(module.getId(), ContentLocale.ZH_CN)))
                .toList());
        model.addAttribute("images", images.findByCourseIdOrderByNameAsc(course.getId()));
    }

    private void checkPrerequisites(CourseForm form, BindingResult result) {
        Map<String, Course> known = courses.findAll().stream().collect(Collectors.toMap(Course::getSlug, Function.identity()));
        for (String prerequisite : form.prerequisiteSlugs()) {
            if (!known.containsKey(prerequisite) || prerequisite.equals(form.getSlug())) {
                result.rejectValue("prerequisites", "authoring.prerequisite.unknown", new Object[] { prerequisite }, null);
            }
        }
    }

    private Course find(String slug) {
        return courses.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
