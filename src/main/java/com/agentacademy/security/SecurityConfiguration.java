package com.agentacademy.security;

import java.util.Map;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the operations endpoints (health open, everything else for ADMIN over HTTP
 * Basic, for a metrics scraper) and the application itself (form sign-in, CSRF, strict headers).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String[] PUBLIC_PATHS = { "/login", "/setup", "/language", "/error", "/verify", "/verify/**", "/badges/**",
            "/css/**", "/js/**",
            "/images/**", "/webjars/**", "/favicon.ico" };

    /**
     * Argon2id with OWASP's minimum parameters (19 MiB of memory, 2 iterations, 1 lane) behind a
     * delegating encoder, so stored hashes name their algorithm and can be upgraded later; only as
     * many hashes at once as {@link BoundedPasswordEncoder#atOnceFor} allows.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, (int) (BoundedPasswordEncoder.MEMORY_PER_HASH / 1024), 2);
        Runtime runtime = Runtime.getRuntime();
        int atOnce = BoundedPasswordEncoder.atOnceFor(runtime.availableProcessors(), runtime.maxMemory());
        return new NormalisingPasswordEncoder(new BoundedPasswordEncoder(
                new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)), atOnce));
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> baselineHeaders() {
        return factory -> factory.addEngineValves(new BaselineHeaders());
    }

    /**
     * No observation of each security filter, authentication and authorization: wrapping every
     * filter of every request in its own observation cost several percent of a page's CPU, and
     * nothing reads those timers. Requests are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its character rule checked without regular expressions. */
    @Bean
    HttpFirewall httpFirewall() {
        return FirewallCharacters.firewall();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, UserDetailsService people, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, LocaleResolver locales, SecurityContextRepository contexts, AuditTrail audit)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(new ThrottledAuthenticationProvider(people, passwordEncoder, throttle))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new SignInHandlers.Success(throttle, locales, audit))
                        .failureHandler(new SignInHandlers.Failure(throttle, audit))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new SignedInRequestFilter(), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(BaselineHeaders.REFERRER_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
