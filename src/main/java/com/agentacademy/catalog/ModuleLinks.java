package com.agentacademy.catalog;

import java.util.function.Predicate;

/**
 * Where the relative links and images of one module lead, and which of their targets exist.
 *
 * @param courseSlug the course the module belongs to
 * @param fileExists whether a file exists in the course folder, given its path there such as
 *        {@code images/hinge.png}
 * @param moduleExists whether a module file exists in the course folder, given its name such as
 *        {@code 02-chipsets.md} or {@code 02-chipsets.zh-CN.md}
 */
record ModuleLinks(String courseSlug, Predicate<String> fileExists, Predicate<String> moduleExists) {

    String fileUrl(String path) {
        return "/courses/" + courseSlug + "/" + path;
    }

    String moduleUrl(String moduleSlug) {
        return "/courses/" + courseSlug + "/modules/" + moduleSlug;
    }
}
