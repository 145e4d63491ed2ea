/**
 * The career ladder: levels and their requirements, monthly KPIs from the call-centre system, each
 * person's level and eligibility for the next ones with the reasons, and the promotion workflow
 * (application or nomination, supervisor's review, HR's decision) that changes a person's roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career")
package com.agentacademy.career;
