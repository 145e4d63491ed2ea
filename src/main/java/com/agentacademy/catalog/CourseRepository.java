package com.agentacademy.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CourseRepository extends ListCrudRepository<Course, Long> {

    Optional<Course> findBySlug(String slug);


    List<Course> findAllByOrderByTrackAscPositionAscSlugAsc();
}
