package kaohe.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * An answer that fits Tomcat's response buffer (8 KB) goes out whole, with its {@code Content-Length}, in one
 * write. Spring's message converters flush after writing a body, which committed every JSON answer as chunked:
 * its head and body in one write and the closing chunk in another, each a read and a write more in the gateway,
 * which passed the answer on chunked as well. Flushes asked for before the answer is done are held here; a larger
 * answer is still sent chunked as it is written, since Tomcat flushes a full buffer itself.
 */
public class WholeAnswerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HeldFlushes(response));
    }

    private static final class HeldFlushes extends HttpServletResponseWrapper {

        private ServletOutputStream out;
        private PrintWriter writer;

        HeldFlushes(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new FlushHeldStream(super.getOutputStream());
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter()) {
                    @Override
                    public void flush() {
                    }
                };
            }
            return writer;
        }
    }

    private static final class FlushHeldStream extends ServletOutputStream {

        private final ServletOutputStream target;

        FlushHeldStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
