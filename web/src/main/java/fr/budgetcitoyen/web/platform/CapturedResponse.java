package fr.budgetcitoyen.web.platform;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A page's response held in memory until it is complete, so that it can be kept ({@link PublicPageCache}). Headers
 * and status go through at once; an error or a redirect goes through too, and the page is then not kept.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedThrough;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether an error or a redirect was sent instead of a page. */
    boolean passedThrough() { return passedThrough; }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() { return true; }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a page kept is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        flushBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public void setContentLength(int length) {
        // set once the body is known
    }

    @Override
    public void setContentLengthLong(long length) {
        // set once the body is known
    }

    @Override
    public void setBufferSize(int size) {
        // the whole page is held
    }

    @Override
    public void sendError(int status) throws IOException {
        passedThrough = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedThrough = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }
}
