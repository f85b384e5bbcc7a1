package org.palabre.uploads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.palabre.accounts.control.OwnDataSection;
import org.palabre.accounts.entity.Account;

/**
 * The files a member sent, in their data export: name, type, size, date and address (the file itself is one
 * download away while they are signed in; the export stays a small JSON document).
 */
@ApplicationScoped
public class UploadsInOwnData implements OwnDataSection {

    /** One file as the export lists it. */
    public record ExportedUpload(String name, String mediaType, long size, Instant createdAt, String path) {}

    @Inject
    Uploads uploads;

    @Override
    public String key() {
        return "uploads";
    }

    @Override
    public List<ExportedUpload> of(Account member) {
        return uploads.ownedBy(member).stream()
                .map(u -> new ExportedUpload(u.name(), u.mediaType(), u.sizeBytes(), u.createdAt(), u.path()))
                .toList();
    }
}
