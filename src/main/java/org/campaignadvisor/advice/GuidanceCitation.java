package org.campaignadvisor.advice;

/** A piece of the project's own safety guidance behind a finding, with the practice it rests on. */
public record GuidanceCitation(String id, String title, String text, String grounds) {
}
