package com.agentacademy.web;

import java.util.concurrent.Executor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The executor of {@link AfterCommit} listeners. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AfterCommitConfiguration {

    static final String EXECUTOR = "afterCommitExecutor";

    /**
     * How many threads run listeners after commit; {@code 0} runs them on the committing thread
     * (the test settings do, so that a test sees a listener's work as soon as the call returns).
     */
    @ConfigurationProperties("academy.after-commit")
    record AfterCommitProperties(@DefaultValue("4") int threads) {
    }

    @Bean(EXECUTOR)
    Executor afterCommitExecutor(AfterCommitProperties properties) {
        if (properties.threads() == 0) {
            return new SyncTaskExecutor();
        }
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("after-commit-");
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        // a stop waits for the listeners already queued, within the graceful shutdown's time
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
