package org.palabre.uploads.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.palabre.database.control.DatabaseSettings;

/**
 * Uploads in the data folder ({@code PALABRE_DATA_DIR/uploads}), as {@code ab/abcdef...}: the first two hex digits
 * keep any one folder small. A file is written beside its place and moved in, so a reader never sees half of it.
 */
public class FolderFiles implements StoredFiles {

    private final Path root;

    public FolderFiles() {
        this(DatabaseSettings.dataDir(ConfigProvider.getConfig(FolderFiles.class.getClassLoader()))
                .resolve("uploads"));
    }

    public FolderFiles(Path root) {
        this.root = root;
    }

    @Override
    public void put(String sha256, byte[] content) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), sha256, ".partial");
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Optional<Long> size(String sha256) throws IOException {
        Path file = path(sha256);
        return Files.exists(file) ? Optional.of(Files.size(file)) : Optional.empty();
    }

    @Override
    public InputStream open(String sha256, long offset) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(path(sha256));
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a sha256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
