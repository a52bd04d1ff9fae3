package io.evpair.app.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error page, for what it refuses before any servlet runs (an encoded {@code /} or {@code \}, {@code %00}
 * in the path, a malformed request line): problem+json like every other error instead of an HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String reason = status == 400 ? "Bad request" : status >= 500 ? "Server error" : "HTTP " + status;
        String type = status >= 500 ? "internal" : status == 404 ? "not-found" : "validation";
        String detail = status == 400
                ? "The request was refused before it reached evpair: its URL or request line is not allowed (an encoded '/' or '\\\\', a NUL character, ...)"
                : "The request could not be served (HTTP " + status + ")";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:problem-type:evpair:" + type + "\",\"title\":\"" + reason + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over; nothing more to say
        }
    }
}
