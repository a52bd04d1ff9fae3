package io.evpair.persistence.observations;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A batch in COPY's text format (UTF-8): one line per row, tab-separated, {@code \N} for null, {@code ord} first;
 * text escaped as COPY requires.
 */
final class CopyText {
    private CopyText() {
    }

    static byte[] of(List<ObservationColumns.Row> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (int i = 0; i < rows.size(); i++) {
            text.append(i);
            for (ObservationColumns.Column column : ObservationColumns.ALL) {
                Object value = column.value().apply(rows.get(i));
                text.append('\t');
                if (value == null) {
                    text.append("\\N");
                } else if (value instanceof Boolean b) {
                    text.append(b ? 't' : 'f');
                } else if (value instanceof String string) {
                    escape(string, text);
                } else {
                    text.append(value);
                }
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
