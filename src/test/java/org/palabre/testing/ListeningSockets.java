package org.palabre.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TCP ports a process listens on, read from Linux's /proc as `ss -ltnp` does: the process is found by one
 * port it is known to listen on (the HTTP port of the Payara under test), then all its listening sockets.
 */
public final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    public static boolean readable() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /** Every port the process that listens on this one listens on, on any address. */
    public static Set<Integer> ofProcessListeningOn(int knownPort) throws IOException {
        Map<String, Integer> listeningByInode = listening();
        Set<String> knownInodes = new HashSet<>();
        listeningByInode.forEach((inode, port) -> {
            if (port == knownPort) {
                knownInodes.add(inode);
            }
        });
        if (knownInodes.isEmpty()) {
            throw new AssertionError("nothing listens on " + knownPort);
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>)
                    processes.filter(p -> p.getFileName().toString().matches("[0-9]+"))::iterator) {
                Set<String> sockets = socketInodes(process);
                if (sockets.stream().anyMatch(knownInodes::contains)) {
                    Set<Integer> ports = new TreeSet<>();
                    sockets.stream()
                            .filter(listeningByInode::containsKey)
                            .map(listeningByInode::get)
                            .forEach(ports::add);
                    return ports;
                }
            }
        }
        throw new AssertionError("no readable process owns port " + knownPort);
    }

    /** Every port this process listens on. */
    public static Set<Integer> ofProcess(long pid) throws IOException {
        Map<String, Integer> listeningByInode = listening();
        Set<Integer> ports = new TreeSet<>();
        socketInodes(Path.of("/proc", Long.toString(pid))).stream()
                .filter(listeningByInode::containsKey)
                .map(listeningByInode::get)
                .forEach(ports::add);
        return ports;
    }

    private static Map<String, Integer> listening() throws IOException {
        Map<String, Integer> ports = new HashMap<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line :
                    Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 9 && fields[3].equals(LISTEN)) {
                    String local = fields[1];
                    ports.put(fields[9], Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static Set<String> socketInodes(Path process) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
            descriptors.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException | UnsupportedOperationException gone) {
                    // closed meanwhile, or not ours to read
                }
            });
        } catch (IOException | SecurityException notOurs) {
            // another user's process
        }
        return inodes;
    }
}
