package com.agentacademy.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CourseModuleRepository extends ListCrudRepository<CourseModule, Long> {

    List<CourseModule> findByCourseIdOrderByPositionAsc(long courseId);

    Optional<CourseModule> findByCourseIdAndSlug(long courseId, String slug);

    List<CourseModule> findAllByOrderByPositionAsc();
}
