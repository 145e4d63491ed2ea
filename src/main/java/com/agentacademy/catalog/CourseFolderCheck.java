package com.agentacademy.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.agentacademy.files.ContentProblem;

/**
 * Checks a {@code courses/} folder by the rules of the import, without a database or a running
 * application: every file the import would refuse is reported, with the same message at the same
 * line. Unlike the import, a course whose {@code course.yml} is broken still has its modules
 * checked, so that one run names every problem.
 */
public final class CourseFolderCheck {

    /**
     * What a check found.
     *
     * @param courses the course folders read
     * @param modules the module files read, each language variant counted once
     * @param problems every problem, as {@code path:line: message}, in folder and file order
     */
    public record Result(int courses, int modules, List<ContentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final CourseFiles files;
    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitiser());
    private final List<ContentProblem> problems = new ArrayList<>();
    private int modules;

    private CourseFolderCheck(Path coursesDir) {
        this.files = new CourseFiles(coursesDir);
    }

    /** Checks every course folder under {@code coursesDir}; a missing folder is one problem. */
    public static Result check(Path coursesDir) {
        return new CourseFolderCheck(coursesDir).run();
    }

    private Result run() {
        if (!files.exists()) {
            return new Result(0, 0, List.of(files.missingFolder()));
        }
        List<Path> folders = files.courseFolders();
        for (Path folder : folders) {
            if (files.hasCourseName(folder, problems)) {
                checkCourse(folder);
            }
        }
        return new Result(folders.size(), modules, problems);
    }

    private void checkCourse(Path folder) {
        files.readCourseFile(folder, prerequisite -> CourseFiles.isCourseFolder(folder, prerequisite), problems);
        Set<String> imageNames = new HashSet<>();
        for (Path file : files.imageFiles(folder, problems)) {
            files.readImage(file, problems).ifPresent(image -> imageNames.add(image.name()));
        }
        Set<String> names = CourseFiles.markdownFileNames(folder);
        for (CourseFiles.ModuleFile file : files.moduleFiles(folder, names, problems)) {
            modules++;
            checkModule(folder.getFileName().toString(), file, imageNames, names);
        }
    }

    private void checkModule(String courseSlug, CourseFiles.ModuleFile file, Set<String> imageNames, Set<String> names) {
        byte[] bytes = files.moduleBytes(file, problems);
        if (bytes == null) {
            return;
        }
        CourseFiles.ModuleSource source = files.moduleSource(file, bytes, problems);
        if (source == null || !files.hasEnglishVariant(file, names, problems)) {
            return;
        }
        files.addRenderingProblems(file, source,
                ModuleRendering.problemsOf(renderer, courseSlug, source.body(), imageNames, names), problems);
    }
}
