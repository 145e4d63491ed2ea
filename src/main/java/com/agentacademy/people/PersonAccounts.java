package com.agentacademy.people;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.web.LanguageChosen;

/** Sign-in looks people up here; their language choice is remembered here. */
@Service
class PersonAccounts implements UserDetailsService {

    private final PersonRepository persons;

    PersonAccounts(PersonRepository persons) {
        this.persons = persons;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return persons.findByUsername(Person.normaliseUsername(username == null ? "" : username))
                .map(Person::toSignedInPerson)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Transactional
    @EventListener
    void on(LanguageChosen event) {
        persons.findById(event.personId()).ifPresent(person -> person.preferLanguage(event.languageTag()));
    }
}
