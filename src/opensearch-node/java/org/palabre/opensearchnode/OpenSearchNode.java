package org.palabre.opensearchnode;

import java.io.IOException;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node on the given HTTP port, its files in the given folder, until its standard input closes (the
 * test that started it ended, however it ended) or it is sent SIGTERM. Prints "green" once the cluster is.
 * Arguments: http-port base-folder.
 */
public final class OpenSearchNode {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        OpenSearchRunner runner = new OpenSearchRunner();
        // The runner looks for a free port between its base and 9299 unless told not to; ours was chosen free.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            settings.put("http.port", port);
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            // A nearly full disk on a developer's machine would otherwise leave the shards unassigned (never green).
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runner)));
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(args[1])
                .numOfNode(1)
                .baseHttpPort(port - 1)
                .clusterName("palabre-tests"));
        runner.ensureGreen();
        System.out.println("green");
        System.out.flush();
        while (System.in.read() >= 0) {
            // the parent process holds our standard input open while it needs the node
        }
        System.exit(0);
    }

    private static void close(OpenSearchRunner runner) {
        try {
            runner.close();
        } catch (IOException e) {
            System.err.println("Closing the node: " + e);
        }
    }
}
