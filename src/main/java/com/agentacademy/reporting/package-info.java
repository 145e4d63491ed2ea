/**
 * Reports over the other modules' data: item analysis of exams for trainers and QA (facility,
 * discrimination, reliability, choices, flags with reasons) and the audit log viewer for
 * administrators, each with CSV and Excel downloads. It reads other modules' tables with read-only
 * queries and changes things only through their public APIs; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package com.agentacademy.reporting;
