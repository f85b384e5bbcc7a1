package org.palabre.search.control;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hands Palabre's search settings to Hibernate while Payara builds the persistence unit, before any application
 * code runs: persistence.xml cannot read environment variables, and the index folder follows the data folder.
 * Registered in META-INF/services.
 */
public class SearchConfiguration implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (registry.getSettings().containsKey("hibernate.search.backend.type")) {
            return; // configured explicitly, as a bootstrap outside Payara does (with SearchSettings too)
        }
        SearchSettings.from(ConfigProvider.getConfig(getClass().getClassLoader()))
                .hibernateProperties()
                .forEach(registry::applySetting);
    }
}
