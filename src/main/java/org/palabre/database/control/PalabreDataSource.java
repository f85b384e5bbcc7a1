package org.palabre.database.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the pooled, JTA-enlisted data source that JPA and the migrations use. */
@DataSourceDefinition(
        name = PalabreDataSource.JNDI_NAME,
        className = "org.palabre.database.control.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@ApplicationScoped
public class PalabreDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/palabre";
}
