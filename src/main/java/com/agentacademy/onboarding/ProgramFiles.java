package com.agentacademy.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The program files of a {@code courses/} folder: {@code _programs/<slug>.yml}, by name. */
final class ProgramFiles {

    static final String FOLDER = "_programs";
    static final long MAX_BYTES = 256 * 1024;

    private final Path coursesDir;

    ProgramFiles(Path coursesDir) {
        this.coursesDir = coursesDir;
    }

    /** The program files in name order; none when the folder does not exist. */
    List<Path> files() {
        Path folder = coursesDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(path -> path.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The program's slug: the file name without {@code .yml}. */
    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yml".length());
    }

    /** The file as problems name it: relative to the courses folder's parent, e.g. {@code courses/_programs/x.yml}. */
    String display(Path file) {
        Path root = coursesDir.toAbsolutePath().normalize();
        Path base = root.getParent() == null ? root : root.getParent();
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
