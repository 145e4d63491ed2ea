package com.agentacademy.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An event listener that does its own database work once the publishing transaction has committed,
 * in a transaction of its own on the after-commit executor (a few threads). Run on the publishing
 * thread instead, such a listener would take a second connection from the pool while the first is
 * still held until the commit is complete: a burst of exam submits would then hold every connection
 * of the pool and wait for one more. Work lost to a stop is redone by the job that owns it (the
 * hourly certificate check, the nightly eligibility recompute).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Async(AfterCommitConfiguration.EXECUTOR)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener(fallbackExecution = true)
public @interface AfterCommit {
}
