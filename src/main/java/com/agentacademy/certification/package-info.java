/**
 * Certifications held by people: certificates issued by passing a certification exam, their
 * verification by code or QR code, the certificate as a PDF in the holder's language, expiry and
 * reminders before it, recertification after major course changes, and the certification matrix
 * for HR.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certifications")
package com.agentacademy.certification;
