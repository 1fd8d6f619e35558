package org.campaignadvisor.rules.facts;

/**
 * One kind of content the plan's channels carry (agenda, emotional, multimedia, satire,
 * reposted-print), with the platforms that carry it.
 */
public record ContentOf(String kind, String platforms, String why) {
}
