package com.agentacademy.career;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Career settings.
 *
 * @param ladderFile the YAML file the ladder is seeded from on first start
 */
@ConfigurationProperties("academy.career")
record CareerProperties(@DefaultValue("classpath:career/ladder.yml") String ladderFile) {
}
