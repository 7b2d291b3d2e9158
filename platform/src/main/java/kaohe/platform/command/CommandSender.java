package kaohe.platform.command;

import kaohe.platform.actor.CurrentActor;
import kaohe.platform.web.CorrelationIdFilter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Sends a command on behalf of the authenticated actor, with correlation id and reason as metadata. */
public class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command) {
        var metaData = EventMetadata.forCommand(CurrentActor.get(), CorrelationIdFilter.current(), command);
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
