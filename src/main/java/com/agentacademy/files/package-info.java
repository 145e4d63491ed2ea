/**
 * Reading the content files trainers keep in Git ({@code courses/}, {@code exams/}): YAML read
 * safely with the line of every value, Markdown front matter, and problems reported as
 * {@code path:line: message}. Used by the importers and by {@code validate-content}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content files")
package com.agentacademy.files;
