package io.evpair.adapters.ocpp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a text frame back together from the pieces the WebSocket delivers. The container's buffer stays small
 * (it is allocated per connection, idle or not); the frame is built here only while one is arriving. A frame
 * longer than {@code maxChars} is not kept: its start is, so that its message id can still be answered.
 */
final class FrameAssembly {
    private static final Pattern HEAD = Pattern.compile("^\\s*\\[\\s*(\\d+)\\s*,\\s*\"([^\"\\\\]{1,36})\"");
    private static final int HEAD_CHARS = 64;

    private final int maxChars;
    private StringBuilder text;
    private String head;

    FrameAssembly(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Adds a piece; when it was the last, returns the whole frame, or an oversized one's head. */
    Optional<Frame> add(String piece, boolean last) {
        if (head == null) {
            if (text == null) {
                text = new StringBuilder(piece.length());
            }
            text.append(piece);
            if (text.length() > maxChars) {
                head = text.substring(0, Math.min(HEAD_CHARS, text.length()));
                text = null;
            }
        }
        if (!last) {
            return Optional.empty();
        }
        Frame frame = head == null ? new Frame.Whole(text.toString()) : Frame.Oversized.of(head);
        text = null;
        head = null;
        return Optional.of(frame);
    }

    sealed interface Frame {
        record Whole(String text) implements Frame {
        }

        /** A frame over the limit, with the message type and id read from its start when they could be. */
        record Oversized(Integer messageTypeId, String messageId) implements Frame {
            static Oversized of(String head) {
                Matcher m = HEAD.matcher(head);
                if (!m.find()) {
                    return new Oversized(null, MalformedFrameException.UNKNOWN_MESSAGE_ID);
                }
                try {
                    return new Oversized(Integer.valueOf(m.group(1)), m.group(2));
                } catch (NumberFormatException e) {
                    return new Oversized(null, MalformedFrameException.UNKNOWN_MESSAGE_ID);
                }
            }
        }
    }
}
