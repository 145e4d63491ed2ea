/**
 * Shared web infrastructure: the one layout, languages and the language switch, the home page,
 * error pages, request logging, the clock, reading uploaded CSV files, and writing the CSV and
 * Excel files that pages offer for download.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package com.agentacademy.web;
