package fr.budgetcitoyen.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The managed server's log from a mark on: what one test made the server say. */
final class ServerLog {

    private static final Path FILE = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

    private final long mark;

    private ServerLog(long mark) { this.mark = mark; }

    static ServerLog mark() {
        return new ServerLog(size());
    }

    /** Lines logged since the mark at ERROR level, and any stack trace line. */
    List<String> errorsSince() {
        return since().lines().filter(l -> l.contains(" ERROR ") || l.startsWith("\tat ") || l.startsWith("Caused by"))
                .toList();
    }

    private String since() {
        long from = size() < mark ? 0 : mark; // rotated meanwhile: the new file is all ours
        try (RandomAccessFile log = new RandomAccessFile(FILE.toFile(), "r")) {
            log.seek(from);
            byte[] appended = new byte[(int) (log.length() - from)];
            log.readFully(appended);
            return new String(appended, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size() {
        try {
            return Files.size(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
