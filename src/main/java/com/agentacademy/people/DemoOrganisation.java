package com.agentacademy.people;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the embedded database, the first start seeds a small call centre so that every role can be
 * tried at once: one person per role, two teams and a few agents, all with the demo password.
 * Nothing is seeded when anyone exists already, and never under the {@code mysql} profile.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "academy.demo.enabled", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    record DemoPerson(String username, String employeeNumber, String name, String team, Set<Role> roles) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin", "A0001", "Morgan Admin 管理员", null, Set.of(Role.ADMIN)),
            new DemoPerson("hr", "H0001", "Wang Fang 王芳", null, Set.of(Role.HR)),
            new DemoPerson("trainer", "T0001", "Li Jing 李静", null, Set.of(Role.TRAINER)),
            new DemoPerson("qa", "Q0001", "Chen Chen 陈晨", "Team A · 一组", Set.of(Role.QA, Role.AGENT)),
            new DemoPerson("supervisor", "S0001", "Zhang Wei 张伟", "Team A · 一组", Set.of(Role.SUPERVISOR)),
            new DemoPerson("agent", "E1001", "Liu Yang 刘洋", "Team A · 一组", Set.of(Role.AGENT)),
            new DemoPerson("agent2", "E1002", "Zhao Lei 赵磊", "Team A · 一组", Set.of(Role.AGENT)),
            new DemoPerson("agent3", "E1003", "Sun Yue 孙悦", "Team A · 一组", Set.of(Role.AGENT)),
            new DemoPerson("agent4", "E2001", "Zhou Ting 周婷", "Team B · 二组", Set.of(Role.AGENT)),
            new DemoPerson("agent5", "E2002", "Wu Hao 吴昊", "Team B · 二组", Set.of(Role.AGENT)),
            new DemoPerson("supervisor2", "S0002", "Huang Min 黄敏", "Team B · 二组", Set.of(Role.SUPERVISOR)));

    private final PersonRepository persons;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final DemoProperties demo;
    private final Clock clock;

    DemoOrganisation(PersonRepository persons, TeamRepository teams, PasswordEncoder passwordEncoder,
            DemoProperties demo, Clock clock) {
        this.persons = persons;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (persons.count() > 0) {
            return;
        }
        String hash = passwordEncoder.encode(demo.password());
        for (DemoPerson seed : PEOPLE) {
            Long teamId = seed.team() == null ? null
                    : teams.findByNameIgnoreCase(seed.team()).orElseGet(() -> teams.save(new Team(seed.team()))).getId();
            persons.save(new Person(seed.username(), seed.employeeNumber(), seed.name(),
                    seed.username() + "@demo.agent-academy.test", seed.roles(), teamId, hash, false, clock));
        }
        log.info("Seeded the demo organisation: {} people; see the README for the demo sign-ins", PEOPLE.size());
    }
}
