package org.benling.gateway.proxy;

import io.smallrye.mutiny.Uni;
import io.smallrye.stork.api.ServiceDiscovery;
import io.smallrye.stork.api.ServiceInstance;
import io.smallrye.stork.api.config.ConfigWithType;
import io.smallrye.stork.api.config.ServiceConfig;
import io.smallrye.stork.impl.CachingServiceDiscovery;
import io.smallrye.stork.impl.DefaultServiceInstance;
import io.smallrye.stork.spi.StorkInfrastructure;
import io.smallrye.stork.spi.internal.ServiceDiscoveryLoader;
import io.smallrye.stork.utils.ServiceInstanceIds;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Stork service discovery of a service's instances on a fixed list (the local replicas: {@code ./benling start
 * --replicas 2}) that hands out only the instances whose readiness check passes, asked again every refresh period
 * on each one's management interface ({@code /q/health/ready}, ARCHITECTURE.md: the service's port + 1000). An
 * instance stopping (readiness goes down at the start of its graceful shutdown), not yet started or gone stops
 * receiving requests within a period; it receives them again once ready. A single instance, or a set of which none
 * is ready, is handed out as it is: the request then fails or succeeds on its own. In Kubernetes the gateway uses Stork's DNS
 * discovery of a headless Service instead, whose records are the ready pods.
 *
 * <p>Stork's static list has no health check: this is that list with one. The loader is registered for Stork's
 * {@code ServiceLoader} and as a CDI bean, as the loaders Stork generates are.
 */
public final class ReadyInstancesDiscovery extends CachingServiceDiscovery {

    public static final String TYPE = "benling-ready";
    private static final Logger LOG = Logger.getLogger(ReadyInstancesDiscovery.class);

    private final String service;
    private final HttpClient client;
    private final int managementOffset;
    /** One instance object per address, so that the load balancer's statistics follow it across refreshes. */
    private final Map<URI, ServiceInstance> instances = new LinkedHashMap<>();
    private volatile List<URI> lastReady = List.of();

    ReadyInstancesDiscovery(String service, Configuration config, Vertx vertx) {
        super(config.refreshPeriod());
        this.service = service;
        this.managementOffset = config.managementOffset();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1000).setIdleTimeout(5)
                .setMaxPoolSize(4));
        for (URI address : config.addresses()) {
            instances.put(address, new DefaultServiceInstance(ServiceInstanceIds.next(), address.getHost(),
                    address.getPort(), "https".equals(address.getScheme())));
        }
    }

    @Override
    public Uni<List<ServiceInstance>> fetchNewServiceInstances(List<ServiceInstance> previous) {
        if (instances.size() == 1) {
            // nowhere else to go: the one instance gets the request whatever its state, and answers for itself
            return Uni.createFrom().item(List.copyOf(instances.values()));
        }
        List<Future<Boolean>> checks = new ArrayList<>();
        List<URI> addresses = new ArrayList<>(instances.keySet());
        addresses.forEach(address -> checks.add(ready(address)));
        Future<List<ServiceInstance>> ready = Future.join(checks).transform(all -> {
            List<ServiceInstance> up = new ArrayList<>();
            List<URI> upAddresses = new ArrayList<>();
            for (int i = 0; i < addresses.size(); i++) {
                if (Boolean.TRUE.equals(checks.get(i).result())) {
                    up.add(instances.get(addresses.get(i)));
                    upAddresses.add(addresses.get(i));
                }
            }
            if (!upAddresses.equals(lastReady)) {
                LOG.infof("%s: ready instances %s of %s", service, upAddresses, addresses);
                lastReady = List.copyOf(upAddresses);
            }
            // none ready (all restarting at once): try them all rather than refuse before asking
            return Future.succeededFuture(up.isEmpty() ? List.copyOf(instances.values()) : up);
        });
        return Uni.createFrom().completionStage(ready.toCompletionStage());
    }

    /** Does the instance's readiness check pass? Any failure to ask counts as no. */
    private Future<Boolean> ready(URI address) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(address.getHost())
                .setPort(address.getPort() + managementOffset).setURI("/q/health/ready").setTimeout(1500);
        return client.request(request).compose(r -> r.send()).compose(response -> response.body()
                .map(body -> response.statusCode() == 200)).otherwise(false);
    }

    /** The discovery's settings: the instances' base URLs, the management port offset, the refresh period. */
    public record Configuration(List<URI> addresses, int managementOffset, String refreshPeriod) implements ConfigWithType {

        static final String ADDRESSES = "address-list";
        static final String OFFSET = "management-port-offset";

        static Configuration of(Map<String, String> parameters) {
            List<URI> addresses = Arrays.stream(parameters.getOrDefault(ADDRESSES, "").split(",")).map(String::strip)
                    .filter(a -> !a.isEmpty()).map(URI::create).toList();
            return new Configuration(addresses, Integer.parseInt(parameters.getOrDefault(OFFSET, "1000")),
                    parameters.getOrDefault(CachingServiceDiscovery.REFRESH_PERIOD, "2"));
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of(ADDRESSES, String.join(",", addresses.stream().map(URI::toString).toList()), OFFSET,
                    String.valueOf(managementOffset), CachingServiceDiscovery.REFRESH_PERIOD, refreshPeriod);
        }
    }

    /** Stork's entry point for the {@value #TYPE} discovery type. */
    @ApplicationScoped
    public static class Loader implements ServiceDiscoveryLoader {

        @Override
        public ServiceDiscovery createServiceDiscovery(ConfigWithType config, String serviceName,
                ServiceConfig serviceConfig, StorkInfrastructure infrastructure) {
            return new ReadyInstancesDiscovery(serviceName, Configuration.of(config.parameters()),
                    infrastructure.get(Vertx.class, Vertx::vertx));
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
