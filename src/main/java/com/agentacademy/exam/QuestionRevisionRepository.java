package com.agentacademy.exam;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface QuestionRevisionRepository extends ListCrudRepository<QuestionRevision, Long> {

    Optional<QuestionRevision> findFirstByQuestionIdOrderByNumberDesc(long questionId);

    List<QuestionRevision> findByQuestionIdOrderByNumberDesc(long questionId);
}
