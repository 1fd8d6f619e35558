package org.campaignadvisor.evidence;

/** A figure from the report and the source the report gives for it. */
public record Figure(String text, String source) {
}
