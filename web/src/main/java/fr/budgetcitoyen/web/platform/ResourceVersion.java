package fr.budgetcitoyen.web.platform;

import fr.budgetcitoyen.shared.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version in the URLs of the portal's scripts and stylesheets ({@code ?v=…}, OmniFaces'
 * VersionedResourceHandler, web.xml): a digest of the files under {@code /resources}, so that browsers may keep
 * them a year and still fetch a changed file at once — and every node of a cluster built from the same EAR
 * gives the same URLs.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    @Inject private ServletContext context;

    private String value;

    public synchronized String getValue() {
        if (value == null) {
            MessageDigest digest = Digests.sha256();
            for (String path : files("/resources/")) {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(path)) {
                    digest.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            value = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
        return value;
    }

    private Set<String> files(String directory) {
        Set<String> files = new TreeSet<>();
        Set<String> entries = context.getResourcePaths(directory);
        for (String entry : entries == null ? Set.<String>of() : entries) {
            if (entry.endsWith("/")) {
                files.addAll(files(entry));
            } else {
                files.add(entry);
            }
        }
        return files;
    }
}
