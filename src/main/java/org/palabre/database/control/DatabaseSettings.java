package org.palabre.database.control;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Which database Palabre talks to. With no {@code palabre.db.url} set, an embedded H2 database in the data
 * folder is used, so a newcomer needs no server; production sets a PostgreSQL URL.
 */
public record DatabaseSettings(String url, String user, String password) {

    static final String DEFAULT_DATA_DIR = "palabre-data";

    /*
     * MODE=PostgreSQL and lower-case identifiers keep H2 close to production, so a query that works in
     * development works on PostgreSQL too.
     */
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" + DurableCommits.H2_OPTION;

    public static DatabaseSettings from(Config config) {
        Optional<String> url =
                config.getOptionalValue("palabre.db.url", String.class).filter(s -> !s.isBlank());
        if (url.isPresent()) {
            return new DatabaseSettings(
                    DurableCommits.in(url.get()),
                    config.getOptionalValue("palabre.db.user", String.class).orElse(""),
                    config.getOptionalValue("palabre.db.password", String.class).orElse(""));
        }
        return embedded(dataDir(config));
    }

    /** The data folder: the embedded database lives there, and other files the person running Palabre reads. */
    public static Path dataDir(Config config) {
        return Path.of(config.getOptionalValue("palabre.data.dir", String.class).orElse(DEFAULT_DATA_DIR))
                .toAbsolutePath()
                .normalize();
    }

    public static DatabaseSettings embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("palabre");
        return new DatabaseSettings("jdbc:h2:file:" + file + H2_OPTIONS, "palabre", "");
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]"; // never the password
    }
}
