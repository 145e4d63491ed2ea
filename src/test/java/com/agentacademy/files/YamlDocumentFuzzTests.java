package com.agentacademy.files;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every YAML file the application reads (course.yml, front matter, exam.yml, certifications.yml,
 * programs, the ladder) goes through {@link TextFile} and {@link YamlDocument}: whatever the bytes,
 * they give text and a document or the one documented refusal naming a line, never another
 * exception (a self-referring anchor once overflowed the stack). Saved inputs live in
 * {@code YamlDocumentFuzzTestsInputs/<test>/}.
 */
class YamlDocumentFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void anyBytesGiveADocumentOrARefusalWithALine(byte[] input) {
        String text;
        try {
            text = TextFile.decode(input);
        }
        catch (TextFile.Unusable refused) {
            assertLine(refused.line());
            return;
        }
        try {
            YamlDocument document = YamlDocument.read(text, 3);
            for (String key : document.keys()) {
                document.line(key);
                document.list(key);
                document.mappings(key).forEach(YamlDocument::keys);
            }
        }
        catch (YamlDocument.Unreadable refused) {
            assertLine(refused.line() - 3);
        }
    }

    private static void assertLine(int line) {
        if (line < 0) {
            throw new AssertionError("a refusal names line " + line);
        }
    }
}
