/**
 * Persons, their roles and teams, and their accounts: sign-in page, first administrator, the
 * people pages for administrators and HR, the new-hire CSV import, password changes, and the demo
 * organisation seeded on the embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package com.agentacademy.people;
