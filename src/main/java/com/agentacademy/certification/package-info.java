/**
 * Certifications: certificates issued when a person passes an exam that grants one, their public
 * verification, PDF, expiry and reminders, recertification (also when course content changes),
 * revocation, and HR's view of who holds what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certifications")
package com.agentacademy.certification;
