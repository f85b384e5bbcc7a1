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
            "fish.payara.connection-validation-method=auto-commit",
            // Payara's statement and result-set wrappers reach JDBC 4.1 methods by reflection: every
            // getObject(column, Instant-like class) that Hibernate makes looked a method up, a third of a
            // topic page's CPU. Connections stay wrapped, so pooling and transactions are unchanged.
            "fish.payara.wrap-jdbc-objects=false"
        })
@ApplicationScoped
public class PalabreDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/palabre";
}
