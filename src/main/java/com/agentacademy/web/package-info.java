/**
 * Shared web infrastructure: the one layout, languages and the language switch, the home page,
 * error pages, request logging, the clock, and reading uploaded CSV files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package com.agentacademy.web;
