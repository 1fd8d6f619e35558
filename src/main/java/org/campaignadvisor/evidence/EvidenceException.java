package org.campaignadvisor.evidence;

/** The seeds directory is missing or a seeds file cannot be read; the message names the file. */
public class EvidenceException extends Exception {
    public EvidenceException(String message) {
        super(message);
    }
}
