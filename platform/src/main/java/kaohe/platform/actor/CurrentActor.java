package kaohe.platform.actor;

import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The actor of the request being handled, if any. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof ActorAuthentication actorAuthentication
                ? Optional.of(actorAuthentication.getPrincipal())
                : Optional.empty();
    }

    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
    }
}
