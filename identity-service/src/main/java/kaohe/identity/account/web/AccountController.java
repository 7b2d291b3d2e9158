package kaohe.identity.account.web;

import jakarta.validation.Valid;
import kaohe.identity.account.command.AccountAdministration;
import kaohe.identity.account.command.CreateAccountCommand;
import kaohe.identity.account.command.DisableAccountCommand;
import kaohe.identity.account.command.EnableAccountCommand;
import kaohe.identity.account.command.ResetAccountPasswordCommand;
import kaohe.identity.account.command.UnlockAccountCommand;
import kaohe.identity.account.query.AccountProjection;
import kaohe.identity.account.query.AccountView;
import kaohe.platform.actor.Role;
import kaohe.platform.command.Refusal;
import kaohe.platform.history.AggregateHistory;
import kaohe.platform.history.HistoryEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The office's account administration: list, create, reset a password, disable, enable, unlock, history. */
@RestController
@RequestMapping("/api/identity/accounts")
public class AccountController {

    static final String OFFICE = "hasRole('OFFICE')";

    private final AccountAdministration administration;
    private final AccountProjection accounts;
    private final AggregateHistory history;

    public AccountController(AccountAdministration administration, AccountProjection accounts,
                             AggregateHistory history) {
        this.administration = administration;
        this.accounts = accounts;
        this.history = history;
    }

    @GetMapping
    @PreAuthorize(OFFICE)
    public List<AccountView> list() {
        return accounts.findAll();
    }

    @GetMapping("/{accountId}")
    @PreAuthorize(OFFICE)
    public AccountView get(@PathVariable String accountId) {
        return find(accountId);
    }

    @PostMapping
    @PreAuthorize(OFFICE)
    public ResponseEntity<CreatedAccount> create(@Valid @RequestBody CreateAccountRequest request) {
        List<String> roles = (request.roles() == null || request.roles().isEmpty() ? List.of(Role.LIAISON)
                : request.roles()).stream().distinct().map(Role::name).toList();
        String department = request.department() == null || request.department().isBlank() ? null
                : request.department().strip();
        if (roles.contains(Role.LIAISON.name()) && department == null) {
            throw Refusal.invalidField("department", "department-required");
        }
        String accountId = request.userId() != null ? request.userId()
                : roles.get(0).toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = administration.create(new CreateAccountCommand(accountId, request.name().strip(),
                department, request.phone(), roles, request.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/identity/accounts/" + accountId))
                .body(new CreatedAccount(find(accountId), password));
    }

    @PostMapping("/{accountId}/password-reset")
    @PreAuthorize(OFFICE)
    public Map<String, String> resetPassword(@PathVariable String accountId,
                                             @Valid @RequestBody ReasonRequest request) {
        String password = administration.resetPassword(new ResetAccountPasswordCommand(accountId, request.reason()));
        return Map.of("temporaryPassword", password);
    }

    @PostMapping("/{accountId}/disable")
    @PreAuthorize(OFFICE)
    public AccountView disable(@PathVariable String accountId, @Valid @RequestBody ReasonRequest request) {
        administration.disable(new DisableAccountCommand(accountId, request.reason()));
        return find(accountId);
    }

    @PostMapping("/{accountId}/enable")
    @PreAuthorize(OFFICE)
    public AccountView enable(@PathVariable String accountId, @Valid @RequestBody ReasonRequest request) {
        administration.enable(new EnableAccountCommand(accountId, request.reason()));
        return find(accountId);
    }

    @PostMapping("/{accountId}/unlock")
    @PreAuthorize(OFFICE)
    public AccountView unlock(@PathVariable String accountId, @Valid @RequestBody ReasonRequest request) {
        administration.unlock(new UnlockAccountCommand(accountId, request.reason()));
        return find(accountId);
    }

    /** Who changed the account, when and why, from the event store itself; never a password or its hash. */
    @GetMapping("/{accountId}/history")
    @PreAuthorize(OFFICE)
    public List<HistoryEntry> history(@PathVariable String accountId) {
        return history.of(accountId);
    }

    private AccountView find(String accountId) {
        return accounts.find(accountId).orElseThrow(() -> Refusal.notFound("account-not-found", accountId));
    }
}
