package org.palabre.testing;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test shares: the real ROOT.war that `mvn package` built, plus
 * the in-container test classes and the test-only support endpoints of this package. One Payara Micro
 * serves the whole suite (starting one takes about half a minute). As in production, Palabre answers at the root.
 */
@ArquillianSuiteDeployment
public final class PalabreDeployment {

    private PalabreDeployment() {}

    @Deployment
    public static WebArchive palabre() {
        File war = new File("target/ROOT.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/ROOT.war is missing: run the tests with `mvn verify`");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClass(TestSupportResource.class)
                .addClass(InContainer.class)
                .addClass(ForumWriter.class)
                .addClass(TransactionsBegun.class)
                .addClass(RequiredTransactionsBegun.class)
                .addClass(NewTransactionsBegun.class)
                .addClass(WebClient.class)
                .addPackages(true, InContainer.FILTER, "org.palabre");
    }
}
