package com.agentacademy.exam;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ExamQuestionRepository extends ListCrudRepository<ExamQuestion, Long> {

    List<ExamQuestion> findByExamId(long examId);
}
