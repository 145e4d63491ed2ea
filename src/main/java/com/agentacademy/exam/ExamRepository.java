package com.agentacademy.exam;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ExamRepository extends ListCrudRepository<Exam, Long> {

    Optional<Exam> findBySlug(String slug);

    List<Exam> findAllByOrderBySlugAsc();
}
