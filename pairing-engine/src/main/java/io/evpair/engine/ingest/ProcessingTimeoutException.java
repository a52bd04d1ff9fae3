package io.evpair.engine.ingest;

/**
 * Observations (or a clock move) were accepted durably but their processing was not confirmed in time, e.g.
 * while a cluster moves partitions. They will still be processed; sending them again is safe (de-duplicated).
 */
public class ProcessingTimeoutException extends RuntimeException {
    public ProcessingTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
