package org.palabre.search.control;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.palabre.database.control.DatabaseSettings;

/**
 * The Hibernate Search settings Palabre's configuration asks for: an embedded Lucene index in the data folder by
 * default; with {@code palabre.search.url} (and {@code palabre.search.version}, the server's distribution and
 * version) an Elasticsearch or OpenSearch server, and then outbox polling, so that
 * the writes of every Palabre server sharing the database reach the index.
 */
public record SearchSettings(Path indexDir, Optional<URI> serverUrl, String serverVersion) {

    public static SearchSettings from(Config config) {
        return new SearchSettings(
                DatabaseSettings.dataDir(config).resolve("search"),
                config.getOptionalValue("palabre.search.url", String.class)
                        .filter(url -> !url.isBlank())
                        .map(URI::create),
                config.getOptionalValue("palabre.search.version", String.class).orElse("opensearch:2.19"));
    }

    /** The index in the data folder (Lucene), not on a search server. */
    public boolean isEmbedded() {
        return serverUrl.isEmpty();
    }

    public Map<String, Object> hibernateProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hibernate.search.mapping.configurer", PostMapping.class.getName());
        // The mapping is programmatic. Scanning for annotations makes Hibernate Search build Jandex indexes of the
        // classes, and inside Payara it cannot open WEB-INF/classes as a file system (Provider "jar" not found).
        properties.put("hibernate.search.mapping.process_annotations", "false");
        if (serverUrl.isEmpty()) {
            properties.put("hibernate.search.backend.type", "lucene");
            properties.put("hibernate.search.backend.directory.root", indexDir.toString());
            // Pinned, so that a newer Lucene arriving with an upgrade still reads the index written by this one.
            properties.put("hibernate.search.backend.lucene_version", "9.11.1");
            properties.put("hibernate.search.backend.analysis.configurer", LuceneLanguages.class.getName());
            // Hibernate Search's default (write-sync) is kept: the index is committed to disk before the request that
            // changed a post answers. Committing once a second instead (read-sync) saved 3 ms of a reply's 25 on a
            // quiet disk, but a server killed within that second would come back with an index that still shows a
            // post as it was before it was hidden or edited, excerpt included, and no count tells that apart.
            return properties;
        }
        URI url = serverUrl.get();
        properties.put("hibernate.search.backend.type", "elasticsearch");
        properties.put("hibernate.search.backend.hosts", url.getHost() + ":" + port(url));
        properties.put("hibernate.search.backend.protocol", url.getScheme());
        if (url.getRawUserInfo() != null) {
            // Split before decoding, so that a percent-encoded ':' may stand in the user's name.
            String[] userAndPassword = url.getRawUserInfo().split(":", 2);
            properties.put("hibernate.search.backend.username", decoded(userAndPassword[0]));
            properties.put(
                    "hibernate.search.backend.password", userAndPassword.length > 1 ? decoded(userAndPassword[1]) : "");
        }
        String prefix = url.getPath() == null ? "" : url.getPath().replaceAll("^/+|/+$", "");
        if (!prefix.isEmpty()) {
            properties.put("hibernate.search.backend.path_prefix", prefix);
        }
        // OpenSearch answers with its own version numbers; the backend must not guess from Elasticsearch's.
        properties.put("hibernate.search.backend.version_check.enabled", "false");
        properties.put("hibernate.search.backend.version", serverVersion);
        properties.put("hibernate.search.backend.analysis.configurer", ElasticsearchLanguages.class.getName());
        // Servers started together would race to create the index, and the loser would fail to start
        // (resource_already_exists_exception): ServerIndexAtStart creates or checks it after the boot instead.
        properties.put("hibernate.search.schema_management.strategy", "none");
        properties.put("hibernate.search.coordination.strategy", "outbox-polling");
        // The outbox tables come from Flyway (V33) like every other table.
        properties.put("hibernate.search.coordination.entity.mapping.outboxevent.table", "hsearch_outbox_events");
        properties.put("hibernate.search.coordination.entity.mapping.agent.table", "hsearch_agents");
        properties.put("hibernate.hbm2ddl.schema_filter_provider", OutboxTablesUnchecked.class.getName());
        return properties;
    }

    private static String decoded(String percentEncoded) {
        return URLDecoder.decode(percentEncoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 9200;
    }
}
