package io.evpair.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code npm ci} from a committed lock file for the tests' Node.js harnesses. npm's input and output never touch the
 * test JVM's own streams: surefire talks to the forked JVM over them, and an inherited npm corrupted that channel on
 * a fresh clone ("std/in stream corrupted"). Its output goes to {@code npm-ci.log} beside the lock file.
 */
public final class NpmInstall {
    private NpmInstall() {
    }

    public static void ci(Path dir, Map<String, String> environment) {
        Path log = dir.resolve("npm-ci.log");
        try {
            ProcessBuilder builder = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process npm = builder.start();
            npm.getOutputStream().close();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + dir + " failed:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run npm (Node.js >= 17.3 with npm must be on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
