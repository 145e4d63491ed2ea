-- Questions and exam settings are also edited in the browser. The import remembers what it last
-- took from the files, so that it changes a question or an exam's settings only when the file
-- changed since, and a browser edit survives the next start-up.
ALTER TABLE exam ADD COLUMN settings_source_hash VARCHAR(64);

ALTER TABLE exam_question ADD COLUMN source_hash VARCHAR(64);

-- Until now every live question was exactly as in its file. A retired one had left its file: no hash.
UPDATE exam_question
SET source_hash = (SELECT r.content_hash FROM question_revision r WHERE r.id = exam_question.current_revision_id)
WHERE retired = FALSE;
