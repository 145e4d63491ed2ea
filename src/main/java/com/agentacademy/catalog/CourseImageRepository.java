package com.agentacademy.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CourseImageRepository extends ListCrudRepository<CourseImage, Long> {

    Optional<CourseImage> findByCourseIdAndName(long courseId, String name);

    List<CourseImage> findByCourseIdOrderByNameAsc(long courseId);

    /** The names of a course's images, without loading their bytes. */
    @org.springframework.data.jpa.repository.Query("select i.name from CourseImage i where i.courseId = :courseId")
    List<String> findNamesByCourseId(@org.springframework.data.repository.query.Param("courseId") long courseId);

    boolean existsByCourseIdAndName(long courseId, String name);
}
