package io.evpair.app.webhooks;

import io.evpair.adapters.webhooks.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Name resolution the test decides, host by host, to play a DNS server that changes its answer (rebinding). */
@TestConfiguration
public class StagedDns {
    static final Map<String, InetAddress> ANSWERS = new ConcurrentHashMap<>();

    @Bean
    @Primary
    HostResolver stagedHostResolver() {
        return host -> {
            InetAddress staged = ANSWERS.get(host);
            if (staged != null) {
                return new InetAddress[] {staged};
            }
            if (host.endsWith(".test")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        };
    }
}
