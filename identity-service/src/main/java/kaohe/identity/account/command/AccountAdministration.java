package kaohe.identity.account.command;

import kaohe.identity.credential.AccountCredentials;
import kaohe.identity.signin.SignInAttempts;
import kaohe.platform.command.CommandSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the office does to accounts. A password is set in the same transaction as the event that creates or resets
 * the account: either both are stored or neither.
 */
@Service
public class AccountAdministration {

    private final CommandSender office;
    private final SystemCommands system;
    private final AccountCredentials credentials;
    private final SignInAttempts attempts;

    public AccountAdministration(CommandSender office, SystemCommands system, AccountCredentials credentials,
                                 SignInAttempts attempts) {
        this.office = office;
        this.system = system;
        this.credentials = credentials;
        this.attempts = attempts;
    }

    /** Creates the account for the signed-in office and returns its temporary password. */
    @Transactional
    public String create(CreateAccountCommand command) {
        String password = credentials.generate();
        office.send(command);
        credentials.set(command.accountId(), password);
        return password;
    }

    /** A demo account with the configured demo password, created by the system. */
    @Transactional
    public void createDemo(CreateAccountCommand command, String password) {
        system.send(command);
        credentials.set(command.accountId(), password);
    }

    @Transactional
    public String resetPassword(ResetAccountPasswordCommand command) {
        String password = credentials.generate();
        office.send(command);
        credentials.set(command.accountId(), password);
        // a new password is a fresh start: the failures of whoever guessed at the old one no longer count
        attempts.clear(command.accountId());
        return password;
    }

    @Transactional
    public void disable(DisableAccountCommand command) {
        office.send(command);
    }

    @Transactional
    public void enable(EnableAccountCommand command) {
        office.send(command);
    }

    @Transactional
    public void unlock(UnlockAccountCommand command) {
        office.send(command);
        attempts.clear(command.accountId());
    }
}
