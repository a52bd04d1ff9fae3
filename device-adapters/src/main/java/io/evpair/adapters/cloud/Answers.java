package io.evpair.adapters.cloud;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.PollOutcome;
import java.time.Duration;

/** How vendors' HTTP answers map onto poll outcomes and command results, alike for every vendor. */
public final class Answers {
    /** When a 429 comes without Retry-After. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

    private Answers() {
    }

    /** Any answer that is not a success, as a poll outcome. A 408 is a timeout like a 5xx (Tesla's sleep is its own). */
    public static PollOutcome pollFailure(CloudHttp.Answer answer) {
        return switch (answer.status()) {
            case 401 -> new PollOutcome.Unauthorized(answer.summary());
            case 429 -> new PollOutcome.RateLimited(answer.retryAfter().orElse(DEFAULT_RETRY_AFTER));
            default -> new PollOutcome.Failed(answer.summary());
        };
    }

    /** A command's answer: 2xx is Accepted only when {@code vendorSaysOk}; the state will tell whether it worked. */
    public static CommandResult command(CloudHttp.Answer answer, boolean vendorSaysOk, String device) {
        if (answer.ok()) {
            return vendorSaysOk ? new CommandResult.Accepted()
                    : new CommandResult.Rejected("the vendor refused the command for " + device);
        }
        return switch (answer.status()) {
            case 0 -> new CommandResult.NoResponse("no answer from the vendor for " + device);
            case 401 -> new CommandResult.Unreachable(CloudAccess.UNAUTHORIZED + ": the vendor refused the token for " + device);
            case 408 -> new CommandResult.NoResponse("the vendor timed out for " + device);
            case 429 -> new CommandResult.NoResponse("rate limited by the vendor for " + device);
            default -> answer.status() >= 500 ? new CommandResult.NoResponse(answer.summary() + " for " + device)
                    : new CommandResult.Rejected(answer.summary() + " for " + device);
        };
    }
}
