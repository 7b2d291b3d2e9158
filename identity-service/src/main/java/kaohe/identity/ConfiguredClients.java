package kaohe.identity;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser app and the machine clients of the configuration, in memory. Unlike Spring's in-memory repository it
 * may be empty: where no client has a secret, nobody takes the client-credentials grant. {@link #save} only keeps a client's secret
 * re-encoded by the server after a sign-in.
 */
final class ConfiguredClients implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    ConfiguredClients(Collection<RegisteredClient> clients) {
        clients.forEach(this::save);
    }

    @Override
    public void save(RegisteredClient client) {
        byClientId.put(client.getClientId(), client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return byClientId.values().stream().filter(client -> client.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }
}
