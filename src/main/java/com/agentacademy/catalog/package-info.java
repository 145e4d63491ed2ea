/**
 * The course catalog: courses and their modules as trainers write them in Markdown, rendered to
 * safe HTML with a table of contents, knowledge checks and a report of broken links, and the line
 * diff shown in a module's revision history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package com.agentacademy.catalog;
