package com.agentacademy.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModuleRevisionRepository extends JpaRepository<ModuleRevision, Long> {

    List<ModuleRevision> findByModuleIdAndLocaleOrderByNumberDesc(long moduleId, String locale);

    Optional<ModuleRevision> findFirstByModuleIdAndLocaleOrderByNumberDesc(long moduleId, String locale);

    Optional<ModuleRevision> findFirstByModuleIdAndLocaleAndStatusOrderByNumberDesc(long moduleId, String locale,
            ModuleRevision.Status status);

    Optional<ModuleRevision> findFirstByModuleIdAndLocaleAndSourceHashIsNotNullOrderByNumberDesc(long moduleId,
            String locale);

    /** The newest published revision of every module in every language: what readers see. */
    @Query("""
            select r from ModuleRevision r
            where r.status = com.agentacademy.catalog.ModuleRevision.Status.PUBLISHED
              and r.number = (select max(o.number) from ModuleRevision o
                              where o.moduleId = r.moduleId and o.locale = r.locale
                                and o.status = com.agentacademy.catalog.ModuleRevision.Status.PUBLISHED)
            """)
    List<ModuleRevision> findAllCurrent();

    /** The header of every module's newest published revision in every language. */
    @Query("""
            select new com.agentacademy.catalog.RevisionHeader(r.id, r.moduleId, r.locale, r.number, r.title, r.minutes)
            from ModuleRevision r
            where r.status = com.agentacademy.catalog.ModuleRevision.Status.PUBLISHED
              and r.number = (select max(o.number) from ModuleRevision o
                              where o.moduleId = r.moduleId and o.locale = r.locale
                                and o.status = com.agentacademy.catalog.ModuleRevision.Status.PUBLISHED)
            """)
    List<RevisionHeader> findCurrentHeaders();

    @Query("select max(r.id) from ModuleRevision r where r.status = com.agentacademy.catalog.ModuleRevision.Status.PUBLISHED")
    Optional<Long> findNewestPublishedId();
}
