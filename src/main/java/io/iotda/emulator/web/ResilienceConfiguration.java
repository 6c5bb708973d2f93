package io.iotda.emulator.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on {@code @Retryable}: an operation whose transaction met a lock conflict runs
 * again ({@link LockConflicts}). The retry wraps the method's transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfiguration {

}
