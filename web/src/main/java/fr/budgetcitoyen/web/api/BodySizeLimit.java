package fr.budgetcitoyen.web.api;

import fr.budgetcitoyen.vote.BallotSizeLimit;
import jakarta.inject.Inject;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The API's requests are small JSON documents: anything over {@value #MAX_BYTES} bytes is refused with
 * 413 before it is parsed, whether it declares its length or streams it in chunks. A vote carries an
 * encrypted ballot, whose limit grows with the open vote's projects; a key holder's message up to 1 MiB.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 16 * 1024;
    static final int CEREMONY_BYTES = 1024 * 1024;

    @Inject private BallotSizeLimit ballots;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        long max = path.startsWith("votes") || path.startsWith("/votes") ? ballots.maxBytes()
                : path.contains("urn/") ? CEREMONY_BYTES : MAX_BYTES;
        if (request.getLength() > max) {
            throw tooLarge(max);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), max));
        }
    }

    private static WebApplicationException tooLarge(long max) {
        return new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorJson(413, "Requête trop volumineuse (" + max / 1024 + " Kio au plus).")).build());
    }

    private static final class Limited extends FilterInputStream {

        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
