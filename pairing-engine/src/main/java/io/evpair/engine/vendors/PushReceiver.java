package io.evpair.engine.vendors;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A vendor's pushes (webhooks): checks that the vendor sent them, and reads the device states they carry. */
public interface PushReceiver {
    /**
     * @param body    the request body exactly as received (signatures are over these bytes)
     * @param headers a request header by name, case-insensitive
     */
    Answer receive(String body, Function<String, Optional<String>> headers);

    sealed interface Answer {
        /** Genuine: answer {@code replyJson} (a verification challenge, or {@code {}}) and take the states. */
        record Accepted(String replyJson, List<PushedState> states) implements Answer {
            public Accepted {
                states = List.copyOf(states);
            }
        }

        /** Not provably from the vendor (signature missing or wrong, no key configured): nothing is read. */
        record Refused(String reason) implements Answer {
        }

        /** No vendor of that name takes pushes here. */
        record Unknown() implements Answer {
        }
    }
}
