package org.palabre.testing;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;

/**
 * Which test classes go into the deployment: the in-container ones, named *IT, and their inner classes.
 * Client-side tests (browser, HTTP, mail), named *BrowserIT or *HttpIT, stay outside with their
 * Selenium and HTTP client dependencies.
 */
final class InContainer {

    static final Filter<ArchivePath> FILTER = path -> {
        String name = path.get();
        String simple = name.substring(name.lastIndexOf('/') + 1);
        String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple.replace(".class", "");
        return outer.endsWith("IT") && !outer.endsWith("BrowserIT") && !outer.endsWith("HttpIT");
    };

    private InContainer() {}
}
