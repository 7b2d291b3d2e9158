package kaohe.identity.account.web;

import kaohe.identity.account.query.AccountView;

/** The new account and its temporary password, shown this once and stored only as a hash. */
public record CreatedAccount(AccountView account, String initialPassword) {
}
