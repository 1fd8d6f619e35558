package org.campaignadvisor.evidence;

/**
 * A piece of the project's own safety guidance (S1–S5): not from the report, and never shown as the
 * report's evidence. {@code grounds} names the recognised practice it rests on.
 */
public record Guidance(String id, String title, String text, String grounds) {
    public Guidance {
        text = text == null ? "" : text.strip();
        grounds = grounds == null ? "" : grounds.strip();
    }
}
