package com.agentacademy.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Person> findByTeamIdAndActiveTrueOrderByDisplayNameAsc(Long teamId);

    List<Person> findTop5ByActiveTrueOrderByCreatedAtDescIdDesc();

    List<Person> findByActiveTrueOrderByDisplayNameAsc();

    boolean existsByEmployeeNumberIgnoreCase(String employeeNumber);

    Optional<Person> findByEmployeeNumberIgnoreCase(String employeeNumber);

    @Query("select p from Person p join p.roles r where r = :role and p.active = true order by p.displayName")
    List<Person> findActiveWithRole(@Param("role") Role role);

    @Query("""
            select p from Person p
            where (:text = '' or lower(p.displayName) like concat('%', :text, '%') escape '!'
                   or p.username like concat('%', :text, '%') escape '!'
                   or lower(p.employeeNumber) like concat('%', :text, '%') escape '!'
                   or lower(p.email) like concat('%', :text, '%') escape '!')
              and (:activeOnly = false or p.active = true)
            """)
    Page<Person> search(@Param("text") String text, @Param("activeOnly") boolean activeOnly, Pageable page);

    /** Active members per team, as (team id, count) pairs. */
    @Query("select p.teamId, count(p) from Person p where p.active = true and p.teamId is not null group by p.teamId")
    List<Object[]> countActiveByTeam();

    @Query("select count(p) from Person p join p.roles r where r = :role and p.active = true")
    long countActiveWithRole(@Param("role") Role role);
}
