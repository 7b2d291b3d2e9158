package kaohe.identity;

import kaohe.identity.account.command.SystemCommands;
import kaohe.identity.account.query.AccountProjection;
import kaohe.identity.credential.AccountCredentials;
import kaohe.identity.signin.AccountSignIn;
import kaohe.identity.signin.SignInAttempts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.time.Clock;

/**
 * The sign-in page ({@code /login}, form login with CSRF, a session that the authorization endpoint then
 * recognises) and, locally, the dev tokens ({@code /dev/**}). Second after the authorization server's chain;
 * everything else falls to the platform's chain.
 */
@Configuration
public class SignInConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, IdentityProperties properties, AccountProjection accounts,
                               AccountCredentials credentials, SignInAttempts attempts, SystemCommands system)
            throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var devTokens = paths.matcher("/dev/**");
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/login"), devTokens))
                .authenticationProvider(new AccountSignIn(accounts, credentials, attempts, system,
                        properties.lockout(), Clock.systemUTC()))
                .formLogin(form -> form.loginPage("/login").permitAll())
                // the dev token endpoint is called by scripts, never by a browser holding a session
                .csrf(csrf -> csrf.ignoringRequestMatchers(devTokens))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher("/login")).permitAll()
                        // only DevTokenController answers here, and it exists only with dev tokens on: else 404
                        .requestMatchers(devTokens).permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
