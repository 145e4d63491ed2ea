package com.agentacademy.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CourseImageRepository extends ListCrudRepository<CourseImage, Long> {

    Optional<CourseImage> findByCourseIdAndName(long courseId, String name);

    List<CourseImage> findByCourseIdOrderByNameAsc(long courseId);

    boolean existsByCourseIdAndName(long courseId, String name);
}
