/**
 * Moodle's GIFT question format, read and written without Spring: {@link
 * com.agentacademy.gift.GiftParser} turns GIFT text into questions and a list of problems that name
 * their lines, {@link com.agentacademy.gift.GiftGrader} scores an answer with GIFT's partial
 * credit, and {@link com.agentacademy.gift.GiftWriter} writes questions back so that reading them
 * again gives the same questions. The course reader's knowledge checks, the exam engine and the
 * content validation all read questions through this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "GIFT format")
package com.agentacademy.gift;
