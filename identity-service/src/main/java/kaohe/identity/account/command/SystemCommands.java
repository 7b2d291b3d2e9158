package kaohe.identity.account.command;

import kaohe.platform.actor.Actor;
import kaohe.platform.command.EventMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * Commands nobody signed in gave: the demo accounts at start, a lock after too many wrong passwords. Their events
 * name the system as actor, as the audit trail must name someone.
 */
@Component
public class SystemCommands {

    public static final Actor SYSTEM = new Actor("system", "系统", null, Set.of());

    private final CommandGateway commands;

    public SystemCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public void send(Object command) {
        var metaData = EventMetadata.forCommand(SYSTEM, UUID.randomUUID().toString(), command);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
