package com.agentacademy.exam;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ExamQuestionRepository extends ListCrudRepository<ExamQuestion, Long> {

    List<ExamQuestion> findByExamId(long examId);

    List<ExamQuestion> findByExamIdOrderByIdAsc(long examId);

    Optional<ExamQuestion> findByIdAndExamId(long id, long examId);
}
