package com.agentacademy.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A course as a zip in the {@code courses/} layout: {@code <slug>/course.yml}, the current published
 * revision of every module in each language with its front matter, and {@code images/}. Unzipped
 * into {@code courses/} and imported, it gives the same content.
 */
@Service
class CourseExport {

    private final CourseModuleRepository modules;
    private final ModuleRevisionRepository revisions;
    private final CourseImageRepository images;

    CourseExport(CourseModuleRepository modules, ModuleRevisionRepository revisions, CourseImageRepository images) {
        this.modules = modules;
        this.revisions = revisions;
        this.images = images;
    }

    @Transactional(readOnly = true)
    void write(Course course, OutputStream out) throws IOException {
        String root = course.getSlug() + "/";
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, root + "course.yml", courseYaml(course).getBytes(StandardCharsets.UTF_8));
            for (CourseModule module : modules.findByCourseIdOrderByPositionAsc(course.getId())) {
                for (ContentLocale locale : ContentLocale.values()) {
                    var revision = revisions.findFirstByModuleIdAndLocaleAndStatusOrderByNumberDesc(module.getId(),
                            locale.tag(), ModuleRevision.Status.PUBLISHED);
                    if (revision.isPresent()) {
                        entry(zip, root + module.fileStem() + locale.fileSuffix() + ".md",
                                moduleFile(revision.get()).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            for (CourseImage image : images.findByCourseIdOrderByNameAsc(course.getId())) {
                entry(zip, root + "images/" + image.getName(), image.getBytes());
            }
        }
    }

    static String courseYaml(Course course) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("title", localized(course.getTitleEn(), course.getTitleZh()));
        if (course.getSummaryEn() != null || course.getSummaryZh() != null) {
            yaml.put("summary", localized(course.getSummaryEn(), course.getSummaryZh()));
        }
        yaml.put("track", course.getTrack().key());
        yaml.put("order", course.getPosition());
        yaml.put("minutes", course.getMinutes());
        yaml.put("prerequisites", course.getPrerequisites());
        return yaml().dump(yaml);
    }

    static String moduleFile(ModuleRevision revision) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", revision.getTitle());
        front.put("minutes", revision.getMinutes());
        return "---\n" + yaml().dump(front) + "---\n" + revision.getMarkdown();
    }

    private static Map<String, String> localized(String en, String zh) {
        Map<String, String> values = new LinkedHashMap<>();
        if (en != null) {
            values.put("en", en);
        }
        if (zh != null) {
            values.put("zh-CN", zh);
        }
        return values;
    }

    private static Yaml yaml() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        return new Yaml(options);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
