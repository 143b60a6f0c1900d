package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.http.EntrySigningKeys;
import dev.waitingroom.adapter.http.JwtEntryPassIssuer;
import dev.waitingroom.adapter.redis.RedisSigningKeyStore;
import dev.waitingroom.domain.port.EntryPassIssuer;
import dev.waitingroom.domain.port.SigningKeyStore;
import dev.waitingroom.domain.port.StoreUnavailableException;
import java.lang.System.Logger.Level;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Entry passes: the key that signs them, the operator's or else one the store generates and shares (so
 * every instance signs and publishes alike), and the issuer that signs with it.
 */
@Configuration(proxyBeanMethods = false)
class EntryPassConfiguration {

    private static final System.Logger LOG = System.getLogger(EntryPassConfiguration.class.getName());

    @Bean
    EntrySigningKeys entrySigningKeys(Settings settings, SigningKeyStore store) {
        if (settings.signingKey().isPresent()) {
            EntrySigningKeys keys = EntrySigningKeys.fixed(settings.signingKey().get());
            LOG.log(Level.INFO, "entry passes are signed with the key of WAITING_ROOM_SIGNING_KEY, kid " + keys.current().kid());
            return keys;
        }
        LOG.log(Level.WARNING, "WAITING_ROOM_SIGNING_KEY is not set: entry passes are signed with a key "
                + (settings.redis().isPresent()
                ? "generated once and shared through Redis (" + RedisSigningKeyStore.KEY + "), which every instance reads;"
                + " whoever can read that Redis can sign passes"
                : "generated in memory at start; passes issued before a restart stop verifying after it")
                + ". Production should set WAITING_ROOM_SIGNING_KEY to an EC P-256 private key (PEM or JWK).");
        EntrySigningKeys keys = EntrySigningKeys.shared(store);
        // resolved now, so the first request does not wait for it; an outage only postpones it to first use
        try {
            LOG.log(Level.INFO, "entry passes are signed with the generated key, kid " + keys.current().kid());
        } catch (StoreUnavailableException e) {
            LOG.log(Level.WARNING, "the shared signing key could not be read at start (" + e.getMessage()
                    + "); it is read on first use");
        }
        return keys;
    }

    @Bean
    EntryPassIssuer entryPassIssuer(EntrySigningKeys keys, Settings settings) {
        return new JwtEntryPassIssuer(keys, settings.entryPassIssuer());
    }
}
