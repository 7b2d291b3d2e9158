package kaohe.identity.signin;

import org.springframework.security.core.AuthenticatedPrincipal;

/** Who signed in on the sign-in page: the account id is the tokens' {@code sub}. */
public record SignedInPerson(String accountId, String name) implements AuthenticatedPrincipal {

    @Override
    public String getName() {
        return accountId;
    }
}
