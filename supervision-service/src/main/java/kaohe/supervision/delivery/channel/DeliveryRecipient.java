package kaohe.supervision.delivery.channel;

import kaohe.supervision.delivery.Delivery;
import kaohe.supervision.directory.Directory;
import kaohe.supervision.directory.Person;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The person a delivery is for, found among the audience the directory names for it (for their phone). */
@Component
public class DeliveryRecipient {

    private final Directory directory;

    public DeliveryRecipient(Directory directory) {
        this.directory = directory;
    }

    public Optional<Person> of(Delivery delivery) {
        if (delivery.audience() == null) {
            return Optional.empty();
        }
        List<Person> audience = switch (delivery.audience()) {
            case LIAISON -> directory.liaisons(delivery.department());
            case LEADER -> directory.leaders(delivery.planId(), delivery.department());
            case OFFICE -> directory.office();
        };
        return audience.stream().filter(person -> person.userId().equals(delivery.recipientId())).findFirst();
    }
}
