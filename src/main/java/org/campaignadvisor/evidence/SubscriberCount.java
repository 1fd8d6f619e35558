package org.campaignadvisor.evidence;

/** Internet subscribers counted in one year. */
public record SubscriberCount(int year, long subscribers) {
}
