package org.palabre.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    private static Map<String, Object> server(String url) {
        return new SearchSettings(Path.of("data", "search"), Optional.of(URI.create(url)), "opensearch:2.19")
                .hibernateProperties();
    }

    @Test
    void withoutAServerTheIndexIsLuceneInTheDataFolder() {
        Map<String, Object> properties = new SearchSettings(
                        Path.of("data", "search"), Optional.empty(), "opensearch:2.19")
                .hibernateProperties();
        assertEquals("lucene", properties.get("hibernate.search.backend.type"));
        assertEquals(Path.of("data", "search").toString(), properties.get("hibernate.search.backend.directory.root"));
        assertFalse(properties.containsKey("hibernate.search.coordination.strategy"));
    }

    @Test
    void aPlainHttpServerOnItsDefaultPortIndexesThroughTheOutbox() {
        Map<String, Object> properties = server("http://search");
        assertEquals("elasticsearch", properties.get("hibernate.search.backend.type"));
        assertEquals("search:9200", properties.get("hibernate.search.backend.hosts"));
        assertEquals("http", properties.get("hibernate.search.backend.protocol"));
        assertEquals("outbox-polling", properties.get("hibernate.search.coordination.strategy"));
        assertEquals("opensearch:2.19", properties.get("hibernate.search.backend.version"));
        assertFalse(properties.containsKey("hibernate.search.backend.username"));
        assertFalse(properties.containsKey("hibernate.search.backend.path_prefix"));
    }

    @Test
    void anHttpsServerWithCredentialsAndAPathPrefix() {
        Map<String, Object> properties = server("https://pala%3Abre:p%40ss%3Aw0rd+@search.example.org/opensearch/");
        assertEquals("search.example.org:443", properties.get("hibernate.search.backend.hosts"));
        assertEquals("https", properties.get("hibernate.search.backend.protocol"));
        assertEquals("pala:bre", properties.get("hibernate.search.backend.username"));
        assertEquals("p@ss:w0rd+", properties.get("hibernate.search.backend.password"));
        assertEquals("opensearch", properties.get("hibernate.search.backend.path_prefix"));
    }

    @Test
    void anExplicitPortIsKept() {
        assertEquals("127.0.0.1:39200", server("http://127.0.0.1:39200").get("hibernate.search.backend.hosts"));
    }
}
